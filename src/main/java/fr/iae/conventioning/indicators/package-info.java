/**
 * Exit categories and rates: plain Java, no Spring, no engine.
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = {
    "shared"})
package fr.iae.conventioning.indicators;

import org.springframework.modulith.ApplicationModule;
