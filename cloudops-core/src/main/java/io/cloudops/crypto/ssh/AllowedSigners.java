package io.cloudops.crypto.ssh;

import io.cloudops.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An allowed-signers file in the format of {@code ssh-keygen -Y verify} and git's {@code
 * gpg.ssh.allowedSignersFile}: one key per line, {@code principals [options] keytype base64
 * [comment]}, with the options {@code namespaces="..."}, {@code valid-after="..."} and {@code
 * valid-before="..."}. Certificate authorities ({@code cert-authority}) and key types this class
 * does not verify (security keys {@code sk-…}, {@code ssh-dss}) are not supported; such lines are
 * skipped, so their signatures never count.
 */
public final class AllowedSigners {

  private final Path file;
  private final List<Entry> entries;

  private AllowedSigners(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads a file.
   *
   * @throws InvalidInputException naming the file and line of what cannot be read
   */
  public static AllowedSigners read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          "allowed-signers file " + file + " does not exist; give the file of approvers' keys", e);
    } catch (IOException e) {
      throw new InvalidInputException(
          "cannot read allowed-signers file " + file + ": " + e.getMessage(), e);
    }
    return parse(file, lines);
  }

  static AllowedSigners parse(Path file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        Entry entry = Entry.parse(line);
        if (entry != null) {
          entries.add(entry);
        }
      } catch (RuntimeException e) {
        throw new InvalidInputException(
            "allowed-signers file "
                + file
                + " line "
                + (i + 1)
                + ": "
                + e.getMessage()
                + "; expected: principals [options] keytype base64-key",
            e);
      }
    }
    return new AllowedSigners(file, entries);
  }

  public Path file() {
    return file;
  }

  /** Every principal pattern named in the file. */
  public Set<String> principals() {
    Set<String> all = new LinkedHashSet<>();
    entries.forEach(e -> all.addAll(e.principals()));
    return all;
  }

  /** Whether {@code key} may sign as {@code principal} in {@code namespace} at {@code time}. */
  public boolean allows(String principal, SshPublicKey key, String namespace, Instant time) {
    return entries.stream()
        .anyMatch(
            e ->
                e.key().equals(key)
                    && e.matchesPrincipal(principal)
                    && e.allowsNamespace(namespace)
                    && e.validAt(time));
  }

  /** Whether {@code key} appears in the file at all (for the message when it may not sign). */
  public boolean knows(SshPublicKey key) {
    return entries.stream().anyMatch(e -> e.key().equals(key));
  }

  /**
   * One line.
   *
   * @param namespaces empty: any
   * @param validAfter null: always
   * @param validBefore null: always
   */
  record Entry(
      List<String> principals,
      SshPublicKey key,
      List<String> namespaces,
      Instant validAfter,
      Instant validBefore) {

    static Entry parse(String line) {
      List<String> fields = fields(line);
      if (fields.size() < 3) {
        throw new IllegalArgumentException("too few fields");
      }
      List<String> principals = List.of(unquote(fields.get(0)).split(","));
      int next = 1;
      List<String> namespaces = List.of();
      Instant after = null;
      Instant before = null;
      if (!SshPublicKey.TYPES.contains(fields.get(1)) && !fields.get(1).startsWith("sk-")) {
        for (String option : options(fields.get(1))) {
          String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
          String value = option.contains("=") ? unquote(option.substring(name.length() + 1)) : "";
          switch (name.toLowerCase(Locale.ROOT)) {
            case "cert-authority" -> {
              return null;
            }
            case "namespaces" -> namespaces = List.of(value.split(","));
            case "valid-after" -> after = time(value);
            case "valid-before" -> before = time(value);
            default -> throw new IllegalArgumentException("unknown option " + name);
          }
        }
        next = 2;
      }
      if (fields.size() < next + 2) {
        throw new IllegalArgumentException("no key");
      }
      if (!SshPublicKey.TYPES.contains(fields.get(next))) {
        return null; // a key type not verified here: its signatures do not count
      }
      SshPublicKey key = SshPublicKey.ofBase64(fields.get(next + 1));
      if (!key.type().equals(fields.get(next))) {
        throw new IllegalArgumentException(
            "the key is a " + key.type() + " key, the line says " + fields.get(next));
      }
      return new Entry(principals, key, namespaces, after, before);
    }

    boolean matchesPrincipal(String principal) {
      return principals.stream().anyMatch(p -> glob(p).matcher(principal).matches());
    }

    boolean allowsNamespace(String namespace) {
      return namespaces.isEmpty()
          || namespaces.stream().anyMatch(n -> glob(n).matcher(namespace).matches());
    }

    boolean validAt(Instant time) {
      return (validAfter == null || !time.isBefore(validAfter))
          && (validBefore == null || time.isBefore(validBefore));
    }

    /** Whitespace-separated fields; double quotes keep spaces and commas together. */
    private static List<String> fields(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
          field.append(c);
        } else if (Character.isWhitespace(c) && !quoted) {
          if (field.length() > 0) {
            out.add(field.toString());
            field.setLength(0);
          }
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException("a quote is not closed");
      }
      if (field.length() > 0) {
        out.add(field.toString());
      }
      return out;
    }

    /** Comma-separated options; commas inside quotes belong to the value. */
    private static List<String> options(String text) {
      List<String> out = new ArrayList<>();
      StringBuilder option = new StringBuilder();
      boolean quoted = false;
      for (char c : text.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        }
        if (c == ',' && !quoted) {
          out.add(option.toString());
          option.setLength(0);
        } else {
          option.append(c);
        }
      }
      out.add(option.toString());
      return out;
    }

    private static String unquote(String text) {
      return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
          ? text.substring(1, text.length() - 1)
          : text;
    }

    /** YYYYMMDD[HHMM[SS]], UTC with a trailing Z, else local time (as ssh-keygen reads it). */
    private static Instant time(String text) {
      boolean utc = text.endsWith("Z") || text.endsWith("z");
      String digits = utc ? text.substring(0, text.length() - 1) : text;
      String pattern =
          switch (digits.length()) {
            case 8 -> "yyyyMMdd";
            case 12 -> "yyyyMMddHHmm";
            case 14 -> "yyyyMMddHHmmss";
            default ->
                throw new IllegalArgumentException("time " + text + " is not YYYYMMDD[HHMM[SS]]");
          };
      try {
        LocalDateTime local =
            digits.length() == 8
                ? LocalDate.parse(digits, DateTimeFormatter.ofPattern(pattern)).atStartOfDay()
                : LocalDateTime.parse(digits, DateTimeFormatter.ofPattern(pattern));
        return local.atZone(utc ? ZoneOffset.UTC : ZoneId.systemDefault()).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("time " + text + " is not YYYYMMDD[HHMM[SS]]", e);
      }
    }

    private static Pattern glob(String pattern) {
      StringBuilder regex = new StringBuilder();
      for (char c : pattern.toCharArray()) {
        switch (c) {
          case '*' -> regex.append(".*");
          case '?' -> regex.append('.');
          default -> regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(regex.toString());
    }
  }
}
