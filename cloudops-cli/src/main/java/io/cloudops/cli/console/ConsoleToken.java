package io.cloudops.cli.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The console's access token: 32 random bytes, compared in constant time. */
public final class ConsoleToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ConsoleToken(String value) {
    this.value = value;
  }

  public static ConsoleToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new ConsoleToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token as it goes into the URL the command prints; never logged elsewhere. */
  public String reveal() {
    return value;
  }

  public boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ConsoleToken[****]";
  }
}
