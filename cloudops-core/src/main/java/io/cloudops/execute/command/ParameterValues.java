package io.cloudops.execute.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.text.UntrustedText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * Types a value against a member of the SDK's model: JSON, shorthand and plain strings become
 * canonical JSON with the model's exact member names and types, or are refused. Every string in it
 * is checked: no control or format character, and no {@code scheme://} prefix (which makes the AWS
 * CLI read a file) unless the member takes a URL and the value is an {@code https}, {@code http} or
 * {@code s3} URL.
 */
final class ParameterValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:/.*");
  private static final Set<String> URL_SCHEMES = Set.of("https", "http", "s3");

  private ParameterValues() {}

  /**
   * A raw value (String, List or Map from shorthand, or a JsonNode) typed against {@code field}.
   */
  static JsonNode typed(Object raw, SdkField<?> field, String path) {
    return typed(raw, field, field.memberName(), path);
  }

  /**
   * @param memberName the nearest named member: list elements and map values have none of their own
   */
  private static JsonNode typed(Object raw, SdkField<?> field, String memberName, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (raw instanceof JsonNode node && node.isNull()) {
      throw new InvalidInputException(path + " is null; leave it out instead");
    }
    if (type == MarshallingType.SDK_POJO) {
      return structure(raw, field, path);
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
      ArrayNode array = JSON.arrayNode();
      if (raw instanceof List<?> list) {
        int i = 0;
        for (Object element : list) {
          array.add(typed(element, member, memberName, path + "[" + i++ + "]"));
        }
      } else if (raw instanceof JsonNode node && node.isArray()) {
        int i = 0;
        for (JsonNode element : node) {
          array.add(typed(element, member, memberName, path + "[" + i++ + "]"));
        }
      } else {
        array.add(typed(raw, member, memberName, path + "[0]"));
      }
      return array;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> value = field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
      ObjectNode map = JSON.objectNode();
      for (Map.Entry<String, Object> entry : entries(raw, path)) {
        checkString(entry.getKey(), path + " key", false);
        map.set(
            entry.getKey(),
            typed(entry.getValue(), value, memberName, path + "." + entry.getKey()));
      }
      return map;
    }
    String text = scalarText(raw, path);
    checkString(text, path, MemberModel.takesUrl(memberName));
    if (type == MarshallingType.STRING) {
      return JSON.textNode(text);
    }
    if (type == MarshallingType.BOOLEAN) {
      if (!text.equals("true") && !text.equals("false")) {
        throw new InvalidInputException(path + " must be true or false, got '" + text + "'");
      }
      return JSON.booleanNode(Boolean.parseBoolean(text));
    }
    if (type == MarshallingType.INTEGER
        || type == MarshallingType.LONG
        || type == MarshallingType.SHORT
        || type == MarshallingType.BYTE) {
      try {
        return JSON.numberNode(new BigDecimal(text).toBigIntegerExact());
      } catch (NumberFormatException | ArithmeticException e) {
        throw new InvalidInputException(path + " must be a whole number, got '" + text + "'");
      }
    }
    if (type == MarshallingType.DOUBLE
        || type == MarshallingType.FLOAT
        || type == MarshallingType.BIG_DECIMAL) {
      try {
        return JSON.numberNode(new BigDecimal(text));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(path + " must be a number, got '" + text + "'");
      }
    }
    if (type == MarshallingType.INSTANT) {
      try {
        return JSON.textNode(Instant.parse(text).toString());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            path + " must be an ISO-8601 time such as 2026-11-25T18:00:00Z, got '" + text + "'");
      }
    }
    if (type == MarshallingType.SDK_BYTES) {
      try {
        Base64.getDecoder().decode(text);
        return JSON.textNode(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(path + " is binary: give it as base64, not a file");
      }
    }
    throw new InvalidInputException(
        path + " has a type CloudOps cannot check (" + type + "); leave it out of the plan");
  }

  private static JsonNode structure(Object raw, SdkField<?> field, String path) {
    Map<String, SdkField<?>> members = new LinkedHashMap<>();
    for (SdkField<?> member : field.constructor().get().sdkFields()) {
      members.put(member.memberName(), member);
    }
    ObjectNode object = JSON.objectNode();
    for (Map.Entry<String, Object> entry : entries(raw, path)) {
      SdkField<?> member = members.get(entry.getKey());
      if (member == null) {
        throw new InvalidInputException(
            path
                + " has no member '"
                + entry.getKey()
                + "' (members: "
                + String.join(", ", members.keySet())
                + "; names are case-sensitive)");
      }
      object.set(member.memberName(), typed(entry.getValue(), member, path + "." + entry.getKey()));
    }
    return object;
  }

  private static List<Map.Entry<String, Object>> entries(Object raw, String path) {
    if (raw instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> Map.entry(String.valueOf(e.getKey()), (Object) e.getValue()))
          .toList();
    }
    if (raw instanceof JsonNode node && node.isObject()) {
      ArrayList<Map.Entry<String, Object>> list = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      fields.forEachRemaining(e -> list.add(Map.entry(e.getKey(), (Object) e.getValue())));
      return list;
    }
    throw new InvalidInputException(
        path + " is a structure: give it as JSON ({\"Key\": ...}) or shorthand (Key=value,...)");
  }

  private static String scalarText(Object raw, String path) {
    if (raw instanceof String s) {
      return s;
    }
    if (raw instanceof JsonNode node && node.isValueNode()) {
      return node.asText();
    }
    throw new InvalidInputException(path + " takes a single value, not a list or structure");
  }

  /** Refuses control characters and prefixes that make the AWS CLI read a file or URL. */
  static void checkString(String value, String path, boolean takesUrl) {
    UntrustedText.problem(value)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(path + " " + problem + "; remove it");
            });
    String comparable = UntrustedText.comparable(value);
    if (!SCHEME.matcher(comparable).matches()) {
      return;
    }
    String scheme = comparable.substring(0, comparable.indexOf(':'));
    if (takesUrl && URL_SCHEMES.contains(scheme) && isPlainUrl(value.strip())) {
      return;
    }
    throw new InvalidInputException(
        path
            + " starts with "
            + scheme
            + ":/, which makes the AWS CLI read a local file or URL, or is not a URL this member"
            + " takes; put the value itself in the plan");
  }

  private static boolean isPlainUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.getHost() != null
          && uri.getUserInfo() == null
          && URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
