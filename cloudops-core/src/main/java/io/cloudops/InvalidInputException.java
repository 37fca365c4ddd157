package io.cloudops;

/** Bad input from the user: a flag, a setting, a file or a value. Front ends exit with code 2. */
public class InvalidInputException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidInputException(String message, Setting setting) {
    super(message, setting);
  }
}
