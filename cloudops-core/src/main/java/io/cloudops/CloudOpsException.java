package io.cloudops;

import java.util.Optional;

/**
 * A failure the user can act on. The message is one line: what went wrong, for which resource or
 * setting, and what to do about it, in words that hold for every front end; when a setting is the
 * fix, the exception names it ({@link #setting()}) and the front end says where it is changed
 * ({@link SettingHints}).
 */
public class CloudOpsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Setting setting;

  public CloudOpsException(String message) {
    this(message, (Setting) null);
  }

  public CloudOpsException(String message, Throwable cause) {
    this(message, null, cause);
  }

  public CloudOpsException(String message, Setting setting) {
    super(message);
    this.setting = setting;
  }

  public CloudOpsException(String message, Setting setting, Throwable cause) {
    super(message, cause);
    this.setting = setting;
  }

  /** The setting that fixes this failure, if one does. */
  public Optional<Setting> setting() {
    return Optional.ofNullable(setting);
  }
}
