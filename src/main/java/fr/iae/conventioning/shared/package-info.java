/**
 * What every module may use: form values, French formatting, the refusals users read.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package fr.iae.conventioning.shared;

import org.springframework.modulith.ApplicationModule;
