package io.cloudops.config;

import io.cloudops.InvalidInputException;

/** A setting has a value that cannot be used; the message names the setting and the fix. */
public final class InvalidSettingException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final String variable;

  public InvalidSettingException(String setting, String value, String problem) {
    super("setting " + setting + "='" + value + "' is invalid: " + problem);
    this.variable = setting;
  }

  /** The environment variable the value came from, e.g. {@code CLOUDOPS_SERVER_URL}. */
  public String variable() {
    return variable;
  }
}
