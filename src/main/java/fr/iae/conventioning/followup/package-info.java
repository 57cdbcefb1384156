/**
 * Stage 4: the yearly reports, the management dialogues, the final report and the shared analysis.
 */
@ApplicationModule(displayName = "Stage 4 — follow-up", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "deadline", "notification", "indicators", "annex"})
package fr.iae.conventioning.followup;

import org.springframework.modulith.ApplicationModule;
