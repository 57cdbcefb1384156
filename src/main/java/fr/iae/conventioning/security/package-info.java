/**
 * Who the caller is, and what each party may reach in Tasklist.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {
    "shared", "engine"})
package fr.iae.conventioning.security;

import org.springframework.modulith.ApplicationModule;
