/**
 * Stage 2: the objectives negotiated between the State service, Pôle emploi and the structure.
 */
@ApplicationModule(displayName = "Stage 2 — objectives", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "deadline", "notification", "indicators"})
package fr.iae.conventioning.objectives;

import org.springframework.modulith.ApplicationModule;
