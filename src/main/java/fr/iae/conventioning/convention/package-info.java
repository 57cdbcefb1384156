/**
 * The convention aggregate, its status and reference, and the ports through which a stage reads what an earlier
 * one recorded.
 */
@ApplicationModule(displayName = "Convention", allowedDependencies = {
    "shared", "engine", "security", "structure", "indicators"})
package fr.iae.conventioning.convention;

import org.springframework.modulith.ApplicationModule;
