package io.cloudops.execute.executor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps the first {@code limit} characters of a step's (masked) output and the SHA-256 of all of
 * it, so history holds a bounded excerpt that can be checked against a full copy.
 */
public final class OutputCapture {

  /** The excerpt kept by default: 16 KiB of text. */
  public static final int DEFAULT_LIMIT = 16 * 1024;

  private final int limit;
  private final StringBuilder excerpt = new StringBuilder();
  private final MessageDigest digest;
  private long chars;

  public OutputCapture(int limit) {
    this.limit = limit;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** Adds one line (a newline is appended). */
  public synchronized void line(String line) {
    String withNewline = line + "\n";
    digest.update(withNewline.getBytes(StandardCharsets.UTF_8));
    chars += withNewline.length();
    int room = limit - excerpt.length();
    if (room > 0) {
      excerpt.append(withNewline, 0, Math.min(room, withNewline.length()));
    }
  }

  /** The first characters of the output, marked when cut. */
  public synchronized String excerpt() {
    return chars > limit
        ? excerpt + "\n[... output truncated: " + chars + " characters in all]"
        : excerpt.toString();
  }

  /** Hex SHA-256 of the whole output. */
  public synchronized String sha256() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests are cloneable", e);
    }
  }
}
