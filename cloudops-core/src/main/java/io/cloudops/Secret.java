package io.cloudops;

import java.util.Objects;

/**
 * A secret value (a token, a secret key). Its {@code toString()} never shows it; only {@link
 * #reveal()} does, at the one place that hands it to a client. Not serializable on purpose.
 */
public final class Secret {

  private static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The plain value, for the client that needs it; never log it. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** Replaces every occurrence of this secret in a text with a mask, for logs and history. */
  public String maskIn(String text) {
    return value.isEmpty() || text == null ? text : text.replace(value, MASK);
  }

  @Override
  public String toString() {
    return MASK;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
