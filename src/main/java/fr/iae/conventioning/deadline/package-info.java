/**
 * Working-day due dates, reminders and escalations of every user task.
 */
@ApplicationModule(displayName = "Deadlines", allowedDependencies = {
    "shared", "engine", "convention"})
package fr.iae.conventioning.deadline;

import org.springframework.modulith.ApplicationModule;
