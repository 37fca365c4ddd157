package io.cloudops.execute.approval.signed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a person signs: a few lines of text, the same bytes that {@code ssh-keygen -Y verify}
 * checks.
 *
 * <pre>
 * cloudops-statement v1
 * kind: approval
 * plan-digest: 3f2a…(64 hex digits)
 * principal: alice@example.com
 * time: 2026-12-01T20:15:00Z
 * comment: checked the instance ids
 * </pre>
 *
 * @param comment one line, or null
 */
public record Statement(
    StatementKind kind, String planDigest, String principal, Instant time, String comment) {

  private static final String HEADER = "cloudops-statement v1";
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern PRINCIPAL = Pattern.compile("[^\\s,\"*?!]+");

  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    if (planDigest == null || !DIGEST.matcher(planDigest).matches()) {
      throw new IllegalArgumentException("the plan digest must be 64 lower-case hex digits");
    }
    if (principal == null || !PRINCIPAL.matcher(principal).matches()) {
      throw new IllegalArgumentException(
          "the principal '"
              + principal
              + "' must be one word without spaces, commas, quotes or wildcards,"
              + " as in the allowed-signers file");
    }
    if (comment != null
        && (comment.isBlank() || comment.chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("the comment must be one line of text");
    }
    time = time.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The exact text that is signed (UTF-8, each line ending with a newline). */
  public String message() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("kind: ").append(kind.label()).append('\n');
    text.append("plan-digest: ").append(planDigest).append('\n');
    text.append("principal: ").append(principal).append('\n');
    text.append("time: ").append(time).append('\n');
    if (comment != null) {
      text.append("comment: ").append(comment).append('\n');
    }
    return text.toString();
  }

  public byte[] messageBytes() {
    return message().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a signed text back; only the text is trusted, never anything stored beside it.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Statement parse(String message) {
    if (!message.endsWith("\n")) {
      throw new IllegalArgumentException("the statement must end with a newline");
    }
    List<String> lines = message.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException("the statement does not start with '" + HEADER + "'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int colon = line.indexOf(": ");
      if (colon < 1) {
        throw new IllegalArgumentException(
            "the statement line '" + line + "' is not 'name: value'");
      }
      if (fields.put(line.substring(0, colon), line.substring(colon + 2)) != null) {
        throw new IllegalArgumentException("the statement repeats " + line.substring(0, colon));
      }
    }
    for (String name : fields.keySet()) {
      if (!List.of("kind", "plan-digest", "principal", "time", "comment").contains(name)) {
        throw new IllegalArgumentException("the statement has an unknown field " + name);
      }
    }
    Instant time;
    try {
      time = Instant.parse(required(fields, "time"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the statement's time is not an ISO-8601 instant", e);
    }
    Statement statement =
        new Statement(
            StatementKind.parse(required(fields, "kind")),
            required(fields, "plan-digest"),
            required(fields, "principal"),
            time,
            fields.get("comment"));
    if (!statement.message().equals(message)) {
      throw new IllegalArgumentException("the statement is not in its canonical form");
    }
    return statement;
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the statement has no " + name);
    }
    return value;
  }
}
