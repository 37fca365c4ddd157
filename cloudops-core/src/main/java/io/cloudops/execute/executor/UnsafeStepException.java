package io.cloudops.execute.executor;

import io.cloudops.InvalidInputException;

/** A plan step was refused before anything ran: it would read local files, override settings... */
public final class UnsafeStepException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public UnsafeStepException(String stepId, String problem) {
    super("step " + stepId + " refused: " + problem);
  }
}
