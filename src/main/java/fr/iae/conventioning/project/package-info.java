/**
 * Stage 1: the structure writes its insertion project, the State service checks it is complete.
 */
@ApplicationModule(displayName = "Stage 1 — insertion project", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "deadline", "notification", "indicators"})
package fr.iae.conventioning.project;

import org.springframework.modulith.ApplicationModule;
