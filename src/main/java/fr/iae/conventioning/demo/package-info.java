/**
 * The demo users, groups, structures and funders.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {
    "shared", "security", "structure", "funder"})
package fr.iae.conventioning.demo;

import org.springframework.modulith.ApplicationModule;
