package fr.iae.conventioning.engine;

import java.util.Collection;

/**
 * Process variables a part of the application copies onto each task as task-local variables (for Tasklist's
 * columns): the process keeps their history, so the copies leave none of their own.
 */
public interface TaskVariableCopies {

  Collection<String> copiedVariables();
}
