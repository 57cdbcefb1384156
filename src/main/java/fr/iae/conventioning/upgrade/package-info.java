/**
 * What an upgrade leaves running: the conventions whose processes run on the definitions of an earlier release,
 * reported once at start-up.
 */
@ApplicationModule(displayName = "Upgrades", allowedDependencies = {})
package fr.iae.conventioning.upgrade;

import org.springframework.modulith.ApplicationModule;
