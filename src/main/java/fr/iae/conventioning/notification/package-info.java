/**
 * The mail outbox, its templates, and the mails about tasks.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {
    "shared", "engine", "security", "structure", "convention"})
package fr.iae.conventioning.notification;

import org.springframework.modulith.ApplicationModule;
