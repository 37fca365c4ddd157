package io.cloudops.execute.risk;

import io.cloudops.model.RiskLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Actions whose risk is what they expose, whatever their IAM access level: {@code
 * secretsmanager:GetSecretValue} is a Read that prints a secret, {@code iam:CreateAccessKey} a
 * Write that hands over an account. Read from the reviewed resource {@code sensitive-actions.tsv},
 * where each action names its category and its public source.
 */
public final class SensitiveActions {

  private static final String RESOURCE = "sensitive-actions.tsv";
  private static final Object LOCK = new Object();
  private static SensitiveActions bundled;

  /**
   * One sensitive action.
   *
   * @param action as AWS spells it, {@code prefix:Name}
   * @param category e.g. {@code credential-exposure}
   * @param level the least risk a step with this action has
   * @param source the key of the public list the action comes from (see the file's header)
   */
  public record Entry(String action, String category, RiskLevel level, String source) {}

  private final Map<String, Entry> entries;

  private SensitiveActions(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The list shipped with this build, loaded once. */
  public static SensitiveActions bundled() {
    synchronized (LOCK) {
      if (bundled == null) {
        try (InputStream in = SensitiveActions.class.getResourceAsStream(RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException(
                "The sensitive action list " + RESOURCE + " is missing");
          }
          bundled = read(in);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
      }
      return bundled;
    }
  }

  static SensitiveActions read(InputStream in) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 4 || !fields[0].contains(":")) {
        throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
      }
      RiskLevel level =
          switch (fields[2]) {
            case "H" -> RiskLevel.HIGH;
            case "M" -> RiskLevel.MEDIUM;
            default ->
                throw new IllegalStateException("Unknown level in " + RESOURCE + ": " + line);
          };
      Entry entry = new Entry(fields[0], fields[1], level, fields[3]);
      if (entries.put(fields[0].toLowerCase(Locale.ROOT), entry) != null) {
        throw new IllegalStateException("Duplicate action in " + RESOURCE + ": " + fields[0]);
      }
    }
    return new SensitiveActions(Map.copyOf(entries));
  }

  /** The entry of an action, if it is sensitive. */
  public Optional<Entry> of(IamAction action) {
    return Optional.ofNullable(entries.get(action.toString().toLowerCase(Locale.ROOT)));
  }

  /** Every entry. */
  public List<Entry> all() {
    return List.copyOf(entries.values());
  }
}
