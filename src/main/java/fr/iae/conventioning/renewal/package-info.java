/**
 * Stage 5: the renewal decision and the next convention.
 */
@ApplicationModule(displayName = "Stage 5 — renewal", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "deadline", "notification", "indicators"})
package fr.iae.conventioning.renewal;

import org.springframework.modulith.ApplicationModule;
