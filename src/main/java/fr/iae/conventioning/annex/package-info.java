/**
 * The State's aid per insertion post and the yearly financial annexes that carry it: unit amounts, pricing,
 * modulation on its three criteria, the annexes' numbers, states, signatures and PDF. Used by stage 3 (the forecast
 * of the funders' conference) and stage 4 (the yearly annexes and amendments).
 */
@ApplicationModule(displayName = "Financial annexes", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "indicators"})
package fr.iae.conventioning.annex;

import org.springframework.modulith.ApplicationModule;
