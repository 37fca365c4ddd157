package io.cloudops.execute.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between JSON and SDK v2 model objects through the SDK's own model ({@link
 * SdkPojo#sdkFields()}): members are named as in the API reference ({@code Resources}, {@code
 * Tags}, {@code Key}); a member's wire name ({@code ResourceId} for EC2) is accepted too. Blobs are
 * base64, timestamps ISO-8601.
 */
public final class SdkPojoJson {

  private SdkPojoJson() {}

  /**
   * Sets a builder's members from a JSON object.
   *
   * @param what names the object in error messages, e.g. {@code CreateTags}
   * @throws InvalidInputException naming an unknown member or a value of the wrong type
   */
  public static void fill(SdkPojo builder, JsonNode params, String what) {
    if (!params.isObject()) {
      throw new InvalidInputException(what + " must be a JSON object, got " + params.getNodeType());
    }
    Map<String, SdkField<?>> fields = new TreeMap<>();
    for (SdkField<?> field : builder.sdkFields()) {
      fields.put(field.memberName().toLowerCase(Locale.ROOT), field);
      if (field.locationName() != null) {
        fields.putIfAbsent(field.locationName().toLowerCase(Locale.ROOT), field);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> entries = params.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      SdkField<?> field = fields.get(entry.getKey().toLowerCase(Locale.ROOT));
      if (field == null) {
        throw new InvalidInputException(
            what
                + " has no parameter '"
                + entry.getKey()
                + "'; known: "
                + builder.sdkFields().stream().map(SdkField::memberName).toList());
      }
      if (!entry.getValue().isNull()) {
        field.set(builder, value(entry.getValue(), field, what + "." + field.memberName()));
      }
    }
  }

  /** Whether a model object or builder has a member of this name. */
  public static boolean hasMember(SdkPojo pojo, String memberName) {
    return pojo.sdkFields().stream().anyMatch(f -> f.memberName().equals(memberName));
  }

  /** A model object (a response) as JSON, members by name, nulls left out. */
  public static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      JsonNode node = json(value);
      if (node != null) {
        json.set(field.memberName(), node);
      }
    }
    return json;
  }

  private static Object value(JsonNode node, SdkField<?> field, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      requireScalar(node, path);
      return node.asText();
    }
    if (type == MarshallingType.BOOLEAN) {
      if (!node.isBoolean()) {
        throw wrongType(path, "true or false", node);
      }
      return node.booleanValue();
    }
    if (type == MarshallingType.INTEGER) {
      return number(node, path).intValueExact();
    }
    if (type == MarshallingType.LONG) {
      return number(node, path).longValueExact();
    }
    if (type == MarshallingType.SHORT) {
      return number(node, path).shortValueExact();
    }
    if (type == MarshallingType.BYTE) {
      return number(node, path).byteValueExact();
    }
    if (type == MarshallingType.DOUBLE) {
      return number(node, path).doubleValue();
    }
    if (type == MarshallingType.FLOAT) {
      return number(node, path).floatValue();
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return number(node, path);
    }
    if (type == MarshallingType.INSTANT) {
      return instant(node, path);
    }
    if (type == MarshallingType.SDK_BYTES) {
      try {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.asText()));
      } catch (IllegalArgumentException e) {
        throw wrongType(path, "base64", node);
      }
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo builder = field.constructor().get();
      fill(builder, node, path);
      return ((SdkBuilder<?, ?>) builder).build();
    }
    if (type == MarshallingType.LIST) {
      if (!node.isArray()) {
        throw wrongType(path, "a JSON array", node);
      }
      SdkField<?> member = field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      for (JsonNode element : node) {
        list.add(value(element, member, path + "[]"));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      if (!node.isObject()) {
        throw wrongType(path, "a JSON object", node);
      }
      SdkField<?> member = field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields()
          .forEachRemaining(
              e -> map.put(e.getKey(), value(e.getValue(), member, path + "." + e.getKey())));
      return map;
    }
    throw new InvalidInputException(
        path + " has a type the SDK executor does not support (" + type + "); use an aws_cli step");
  }

  private static JsonNode json(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return null;
    }
    if (value instanceof SdkPojo pojo) {
      return toJson(pojo);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = f.arrayNode();
      list.forEach(element -> array.add(json(element)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = f.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), json(v)));
      return object;
    }
    if (value instanceof String s) {
      return f.textNode(s);
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return f.numberNode(i);
    }
    if (value instanceof Long l) {
      return f.numberNode(l);
    }
    if (value instanceof Number n) {
      return f.numberNode(new BigDecimal(n.toString()));
    }
    if (value instanceof SdkBytes bytes) {
      return f.textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
    }
    return f.textNode(value.toString());
  }

  private static BigDecimal number(JsonNode node, String path) {
    if (!node.isNumber()) {
      throw wrongType(path, "a number", node);
    }
    return node.decimalValue();
  }

  private static Instant instant(JsonNode node, String path) {
    if (node.isNumber()) {
      return Instant.ofEpochMilli(node.decimalValue().movePointRight(3).longValue());
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw wrongType(path, "an ISO-8601 time such as 2026-11-25T18:00:00Z", node);
    }
  }

  private static void requireScalar(JsonNode node, String path) {
    if (!node.isValueNode()) {
      throw wrongType(path, "a string", node);
    }
  }

  private static InvalidInputException wrongType(String path, String expected, JsonNode node) {
    return new InvalidInputException(
        path
            + " must be "
            + expected
            + ", got "
            + node.getNodeType().name().toLowerCase(Locale.ROOT));
  }
}
