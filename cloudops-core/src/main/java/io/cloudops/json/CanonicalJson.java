package io.cloudops.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON: object keys sorted at every level, no insignificant white space, nulls dropped.
 * Two values that mean the same have the same canonical form, and so the same SHA-256 digest; this
 * is what content hashes and plan digests are computed over.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** The canonical text of a value (a record, a map or a tree). */
  public static String of(Object value) {
    return canonicalize(Json.tree(value)).toString();
  }

  /** Lower-case hex SHA-256 of the canonical text. */
  public static String sha256(Object value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(of(value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  static JsonNode canonicalize(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isNull()) {
          sorted.put(field.getKey(), canonicalize(field.getValue()));
        }
      }
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      sorted.forEach(result::set);
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> result.add(canonicalize(element)));
      return result;
    }
    return node;
  }
}
