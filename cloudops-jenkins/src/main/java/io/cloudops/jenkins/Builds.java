package io.cloudops.jenkins;

import hudson.model.Cause;
import hudson.model.Run;
import java.util.Optional;

/** Small facts about a build. */
public final class Builds {

  private Builds() {}

  /** The user who started the build, when a user did. */
  public static Optional<String> triggeringUserId(Run<?, ?> run) {
    Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
    return cause == null ? Optional.empty() : Optional.ofNullable(cause.getUserId());
  }
}
