package io.cloudops.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules for text that came from outside. A terminal, a log or a page interprets control characters
 * (ANSI escape sequences move the cursor and rewrite what an approver reads) and format characters
 * (bidirectional overrides and zero-width characters make text read differently from what it is).
 *
 * <ul>
 *   <li>{@link #strip} is for descriptive text (descriptions, answers, summaries): such characters
 *       are removed; line breaks and tabs are kept.
 *   <li>{@link #visible} is for text whose every character matters (a script that will run): such
 *       characters are shown as {@code \\u001b}, so what is shown is exactly what runs.
 *   <li>{@link #problem} is for values that are passed on (command arguments): their presence is a
 *       reason to refuse.
 * </ul>
 */
public final class UntrustedText {

  private UntrustedText() {}

  /** The text without control and format characters (line breaks and tabs kept). */
  public static String strip(String text) {
    if (text == null || isClean(text, true)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\n' || c == '\t' || !isUnsafe(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The text with every control or format character written as {@code \\uXXXX}. */
  public static String visible(String text) {
    if (text == null || isClean(text, true)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (c != '\n' && c != '\t' && isUnsafe(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * What is wrong with a value that will be passed on as it is: a control or format character
   * (checked after NFKC normalisation, so look-alike forms count too), or empty when it is clean.
   */
  public static Optional<String> problem(String value) {
    String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC);
    for (String candidate : new String[] {value, normalized}) {
      int[] codePoints = candidate.codePoints().toArray();
      for (int i = 0; i < codePoints.length; i++) {
        int c = codePoints[i];
        if (isUnsafe(c)) {
          return Optional.of(
              String.format(
                  "holds the invisible or control character U+%04X at position %d", c, i));
        }
      }
    }
    return Optional.empty();
  }

  /** The NFKC form of a value, lower-cased and stripped: what prefix rules compare. */
  public static String comparable(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isClean(String text, boolean allowLineBreaks) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue;
      }
      if (allowLineBreaks && (c == '\n' || c == '\t')) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isUnsafe(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
              Character.FORMAT,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR,
              Character.SURROGATE,
              Character.PRIVATE_USE,
              Character.UNASSIGNED ->
          true;
      default -> false;
    };
  }
}
