package io.cloudops;

import java.util.Optional;

/**
 * How one front end tells where a {@link Setting} is changed. The core's messages name the setting
 * ({@link Setting#label()}); {@link #describe(Throwable)} adds the front end's way to change it, so
 * a CLI user reads an environment variable and a Jenkins administrator a field of the global
 * configuration, and neither reads the other's.
 */
@FunctionalInterface
public interface SettingHints {

  /** Where the setting is changed in this front end, e.g. {@code CLOUDOPS_QDRANT_URL}. */
  Optional<String> whereToChange(Setting setting);

  /** The failure's one-line message, followed by where to change the setting it names, if any. */
  default String describe(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      message = failure.getClass().getSimpleName();
    }
    message = message.replaceAll("\\s*\\R\\s*", " ").trim();
    if (failure instanceof CloudOpsException known) {
      Optional<String> where = known.setting().flatMap(this::whereToChange);
      if (where.isPresent()) {
        return message + " [" + known.setting().orElseThrow().label() + ": " + where.get() + "]";
      }
    }
    return message;
  }
}
