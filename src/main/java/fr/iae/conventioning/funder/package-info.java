/**
 * The register of funders, each with its group in Tasklist.
 */
@ApplicationModule(displayName = "Funders", allowedDependencies = {
    "shared", "security"})
package fr.iae.conventioning.funder;

import org.springframework.modulith.ApplicationModule;
