/**
 * The workspace, {@code /espace/}: each party's conventions, a convention's timeline and open tasks, the
 * département's dashboard, in French with the State's design system; the same login as the webapps.
 */
@ApplicationModule(displayName = "Workspace", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention", "indicators", "annex"})
package fr.iae.conventioning.workspace;

import org.springframework.modulith.ApplicationModule;
