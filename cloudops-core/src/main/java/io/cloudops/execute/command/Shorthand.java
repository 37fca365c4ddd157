package io.cloudops.execute.command;

import io.cloudops.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's shorthand syntax for structures: {@code Key=env,Value=prod}, with {@code [a,b]}
 * lists, {@code {k=v}} nested structures, quoted values and {@code a,b,c} lists after a key. The
 * result holds only strings, lists and maps; {@link ParameterValues} types it against the model.
 */
final class Shorthand {

  private final String text;
  private int pos;

  private Shorthand(String text) {
    this.text = text;
  }

  /**
   * Parses {@code key=value,...}.
   *
   * @throws InvalidInputException saying where the syntax breaks
   */
  static Map<String, Object> parse(String text) {
    Shorthand parser = new Shorthand(text);
    Map<String, Object> result = parser.keyValues('\0');
    if (parser.pos != text.length()) {
      throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
    }
    return result;
  }

  private Map<String, Object> keyValues(char closing) {
    Map<String, Object> values = new LinkedHashMap<>();
    while (true) {
      String key = key();
      expect('=');
      if (values.containsKey(key)) {
        throw error("the key '" + key + "' is given twice");
      }
      values.put(key, values(closing));
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      return values;
    }
  }

  private String key() {
    int start = pos;
    while (pos < text.length() && isKeyChar(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a key");
    }
    return text.substring(start, pos).strip();
  }

  private Object values(char closing) {
    if (pos < text.length() && text.charAt(pos) == '[') {
      return list();
    }
    if (pos < text.length() && text.charAt(pos) == '{') {
      pos++;
      Map<String, Object> nested = keyValues('}');
      expect('}');
      return nested;
    }
    String first = value(closing);
    List<Object> csv = new ArrayList<>();
    csv.add(first);
    while (pos < text.length() && text.charAt(pos) == ',' && !keyFollows(pos + 1)) {
      pos++;
      csv.add(value(closing));
    }
    return csv.size() == 1 ? first : csv;
  }

  private List<Object> list() {
    expect('[');
    List<Object> list = new ArrayList<>();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return list;
    }
    while (true) {
      if (pos < text.length() && text.charAt(pos) == '{') {
        pos++;
        list.add(keyValues('}'));
        expect('}');
      } else if (pos < text.length() && text.charAt(pos) == '[') {
        list.add(list());
      } else {
        list.add(value(']'));
      }
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(']');
      return list;
    }
  }

  private String value(char closing) {
    if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
      return quoted(text.charAt(pos));
    }
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        value.append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == ',' || (closing != '\0' && (c == closing || c == ']' || c == '}'))) {
        break;
      }
      value.append(c);
      pos++;
    }
    return value.toString().strip();
  }

  private String quoted(char quote) {
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != quote) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        value.append(text.charAt(pos + 1));
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    expect(quote);
    return value.toString();
  }

  private boolean keyFollows(int from) {
    int i = from;
    while (i < text.length() && isKeyChar(text.charAt(i))) {
      i++;
    }
    return i > from && i < text.length() && text.charAt(i) == '=';
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || "-_.#/: ".indexOf(c) >= 0;
  }

  private void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private InvalidInputException error(String what) {
    return new InvalidInputException(
        "shorthand '" + text + "' cannot be parsed at position " + pos + ": " + what);
  }
}
