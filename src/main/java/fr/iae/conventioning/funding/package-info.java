/**
 * Stage 3: the funders' conference (conference/), the CDIAE's opinion and the signatures (approval/), the signed
 * convention (document/).
 */
@ApplicationModule(displayName = "Stage 3 — means and signature", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "deadline", "notification", "indicators", "funder", "annex"})
package fr.iae.conventioning.funding;

import org.springframework.modulith.ApplicationModule;
