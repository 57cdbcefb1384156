/**
 * Glue every stage shares with the engine: the plugin that gives each user task its due date, timers and mail,
 * French refusals.
 */
@ApplicationModule(displayName = "Engine glue", allowedDependencies = {
    "shared"})
package fr.iae.conventioning.engine;

import org.springframework.modulith.ApplicationModule;
