package io.cloudops.standins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real Jenkins API as listed in {@code signatures.txt} (and the repository's supplement): per
 * type, its members as normalized keys, its listed supertypes and enum constants.
 */
final class SignatureListing {

  /** One listed type. */
  record ListedType(
      String name, Set<String> members, List<String> supertypes, Set<String> enumConstants) {}

  private static final Set<String> MODIFIERS =
      Set.of(
          "public",
          "protected",
          "private",
          "static",
          "final",
          "abstract",
          "default",
          "synchronized",
          "native",
          "strictfp",
          "transient",
          "volatile");

  private final Map<String, ListedType> types = new HashMap<>();

  static SignatureListing read(List<Path> files) throws IOException {
    SignatureListing listing = new SignatureListing();
    for (Path file : files) {
      listing.parse(Files.readAllLines(file));
    }
    return listing;
  }

  static SignatureListing parse(String text) {
    SignatureListing listing = new SignatureListing();
    listing.parse(text.lines().toList());
    return listing;
  }

  private void parse(List<String> lines) {
    ListedType current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("== ")) {
        String[] parts = line.substring(3).split("\\s+");
        String name = parts[1];
        current =
            types.computeIfAbsent(
                name,
                n ->
                    new ListedType(
                        n, new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashSet<>()));
      } else if (current == null || line.isEmpty() || line.startsWith("#")) {
        continue;
      } else if (line.startsWith("extends:") || line.startsWith("implements:")) {
        for (String type : splitTopLevel(line.substring(line.indexOf(':') + 1), ',')) {
          current.supertypes().add(erase(type.strip()));
        }
      } else if (line.startsWith("enum-constants:")) {
        for (String constant : line.substring("enum-constants:".length()).split(",")) {
          current.enumConstants().add(constant.strip());
        }
      } else if (line.startsWith("ctor ")
          || line.startsWith("method ")
          || line.startsWith("field ")
          || line.startsWith("element ")) {
        current.members().add(memberKey(line));
      }
    }
  }

  ListedType type(String name) {
    return types.get(name);
  }

  boolean hasType(String name) {
    return types.containsKey(name);
  }

  /**
   * Whether the type, or a supertype reachable through listed types (plus the extra supertypes the
   * stand-in declares), has the member.
   */
  boolean hasMember(String typeName, String key, List<String> extraSupertypes) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>();
    queue.add(typeName);
    queue.addAll(extraSupertypes);
    while (!queue.isEmpty()) {
      String name = queue.remove(0);
      if (!seen.add(name)) {
        continue;
      }
      ListedType type = types.get(name);
      if (type == null) {
        continue;
      }
      if (type.members().contains(key)) {
        return true;
      }
      queue.addAll(type.supertypes());
    }
    return false;
  }

  /** Every supertype reachable from a type through listed types (erased names). */
  Set<String> supertypeClosure(String typeName) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>(List.of(typeName));
    while (!queue.isEmpty()) {
      ListedType type = types.get(queue.remove(0));
      if (type == null) {
        continue;
      }
      for (String supertype : type.supertypes()) {
        if (seen.add(supertype)) {
          queue.add(supertype);
        }
      }
    }
    return seen;
  }

  /** The normalized key of a listing line such as {@code method public static T get(...)}. */
  static String memberKey(String line) {
    String kind = line.substring(0, line.indexOf(' '));
    String rest = line.substring(kind.length()).strip();
    int markers = rest.indexOf("   [");
    if (markers >= 0) {
      rest = rest.substring(0, markers);
    }
    rest = rest.strip();
    if (kind.equals("element")) {
      int defaultAt = rest.indexOf(" default ");
      if (defaultAt >= 0) {
        rest = rest.substring(0, defaultAt);
      }
      int paren = rest.indexOf('(');
      List<String> head = splitTopLevel(rest.substring(0, paren), ' ');
      String name = head.get(head.size() - 1);
      String type = String.join(" ", head.subList(0, head.size() - 1));
      return key(kind, false, type, name, null);
    }
    if (kind.equals("field")) {
      List<String> tokens = splitTopLevel(rest, ' ');
      boolean isStatic = tokens.contains("static");
      List<String> typeTokens = new ArrayList<>();
      for (String token : tokens.subList(0, tokens.size() - 1)) {
        if (!MODIFIERS.contains(token)) {
          typeTokens.add(token);
        }
      }
      return key(kind, isStatic, String.join(" ", typeTokens), tokens.get(tokens.size() - 1), null);
    }
    int open = firstTopLevelParen(rest);
    int close = matching(rest, open);
    List<String> head = splitTopLevel(rest.substring(0, open).strip(), ' ');
    String name = head.get(head.size() - 1);
    boolean isStatic = false;
    List<String> typeTokens = new ArrayList<>();
    for (String token : head.subList(0, head.size() - 1)) {
      if (token.equals("static")) {
        isStatic = true;
      } else if (!MODIFIERS.contains(token) && !token.startsWith("<")) {
        typeTokens.add(token);
      }
    }
    List<String> params = new ArrayList<>();
    String paramText = rest.substring(open + 1, close).strip();
    if (!paramText.isEmpty()) {
      for (String param : splitTopLevel(paramText, ',')) {
        String cleaned = param.strip().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
        cleaned = cleaned.replaceFirst("^final\\s+", "");
        List<String> tokens = splitTopLevel(cleaned, ' ');
        params.add(String.join(" ", tokens.subList(0, tokens.size() - 1)));
      }
    }
    return key(
        kind, isStatic, kind.equals("ctor") ? "" : String.join(" ", typeTokens), name, params);
  }

  /** The key both sides render to: whitespace-free types, no modifiers but static. */
  static String key(String kind, boolean isStatic, String type, String name, List<String> params) {
    StringBuilder key = new StringBuilder(kind).append(' ');
    if (isStatic) {
      key.append("static ");
    }
    if (!type.isEmpty()) {
      key.append(squeeze(type)).append(' ');
    }
    key.append(name);
    if (params != null) {
      key.append('(');
      for (int i = 0; i < params.size(); i++) {
        key.append(i == 0 ? "" : ",").append(squeeze(params.get(i)));
      }
      key.append(')');
    }
    return key.toString();
  }

  private static String squeeze(String type) {
    return type.replaceAll("\\s+", "").replace("extends", " extends ").replace("super", " super ");
  }

  private static String erase(String type) {
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  private static int firstTopLevelParen(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == '(' && depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no parameter list in: " + text);
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses in: " + text);
  }

  static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      }
      if (c == separator && depth == 0) {
        if (!current.toString().isBlank()) {
          parts.add(current.toString().strip());
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      parts.add(current.toString().strip());
    }
    return parts;
  }
}
