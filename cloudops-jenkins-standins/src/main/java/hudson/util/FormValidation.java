package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/** Stand-in: the result of a form field check. */
public abstract class FormValidation extends IOException implements HttpResponse {
  private static final long serialVersionUID = 1L;

  public final Kind kind;

  private FormValidation(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static FormValidation error(String message) {
    return new Impl(Kind.ERROR, message);
  }

  public static FormValidation warning(String message) {
    return new Impl(Kind.WARNING, message);
  }

  public static FormValidation ok(String message) {
    return new Impl(Kind.OK, message);
  }

  public static FormValidation ok() {
    return new Impl(Kind.OK, null);
  }

  public static FormValidation validateRequired(String value) {
    return value == null || value.isBlank() ? error("This field is required.") : ok();
  }

  /** Stand-in: severity of a check result. */
  public enum Kind {
    OK,
    WARNING,
    ERROR
  }

  private static final class Impl extends FormValidation {
    private static final long serialVersionUID = 1L;

    Impl(Kind kind, String message) {
      super(kind, message);
    }
  }
}
