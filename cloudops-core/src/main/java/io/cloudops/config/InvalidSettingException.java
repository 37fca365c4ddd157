package io.cloudops.config;

import io.cloudops.InvalidInputException;
import io.cloudops.Setting;

/** A setting has a value that cannot be used; the message names the setting and the fix. */
public final class InvalidSettingException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final String variable;

  /** A value read from an environment variable, named in the message. */
  public InvalidSettingException(String setting, String value, String problem) {
    super("setting " + setting + "='" + value + "' is invalid: " + problem);
    this.variable = setting;
  }

  /**
   * A value given through any front end: the message names the setting as docs/configuration.md
   * does, and the front end adds where it is changed.
   */
  public InvalidSettingException(Setting setting, String value, String problem) {
    super("The " + setting.label() + " '" + value + "' is not usable: " + problem, setting);
    this.variable = null;
  }

  /** The environment variable the value came from, e.g. {@code CLOUDOPS_SERVER_URL}; or null. */
  public String variable() {
    return variable;
  }
}
