/**
 * The SIAE: SIRET, kind, département, and the group of its members.
 */
@ApplicationModule(displayName = "Structures", allowedDependencies = {
    "shared", "security"})
package fr.iae.conventioning.structure;

import org.springframework.modulith.ApplicationModule;
