package io.cloudops.store.qdrant;

import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.CloudOpsException;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.store.StoreException;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A resource as a Qdrant payload and back. As in the embedded store, the properties are sealed
 * (AES-GCM, associated data = the resource key) before they leave the process; everything needed
 * for matching stays clear and is indexed as keywords.
 */
final class EstatePayload {

  static final String KEY = "key";
  static final String ID = "id";
  static final String ARN = "arn";
  static final String NAME = "name";
  static final String TYPE = "type";
  static final String ACCOUNT = "account_id";
  static final String REGION = "region";
  static final String STATE = "state";
  static final String TAGS = "tags";

  /** Lower-cased starts (4 characters and longer) of the id and ARN, for prefix matches. */
  static final String PREFIXES = "prefixes";

  static final String CONTENT_HASH = "content_hash";
  static final String CLEAR = "clear";
  static final String SEALED_PROPERTIES = "sealed_properties";

  /** The keyword-indexed fields; {@link #ACCOUNT} is the tenant field. */
  static final List<String> INDEXED =
      List.of(KEY, ID, ARN, NAME, TYPE, ACCOUNT, REGION, STATE, TAGS, PREFIXES);

  static final int MIN_PREFIX = 4;
  private static final int MAX_PREFIX = 128;

  private final RecordCipher cipher;

  EstatePayload(RecordCipher cipher) {
    this.cipher = cipher;
  }

  static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  static String tag(String key, String value) {
    return key + "=" + value;
  }

  Map<String, Value> toPayload(AwsResource resource) {
    String key = resource.key();
    Map<String, Value> payload = new HashMap<>();
    payload.put(KEY, value(key));
    payload.put(ID, value(lower(resource.id())));
    Set<String> prefixes = new LinkedHashSet<>(prefixes(lower(resource.id())));
    if (resource.arn() != null) {
      payload.put(ARN, value(lower(resource.arn())));
      prefixes.addAll(prefixes(lower(resource.arn())));
    }
    if (resource.name() != null && !resource.name().isBlank()) {
      payload.put(NAME, value(lower(resource.name())));
    }
    payload.put(TYPE, value(resource.resourceType()));
    payload.put(ACCOUNT, value(resource.accountId()));
    payload.put(REGION, value(resource.region()));
    if (resource.state() != null) {
      payload.put(STATE, value(resource.state()));
    }
    List<Value> tags = new ArrayList<>();
    resource.tags().forEach((k, v) -> tags.add(value(tag(k, v))));
    payload.put(TAGS, list(tags));
    payload.put(PREFIXES, list(prefixes.stream().map(p -> value(p)).toList()));
    payload.put(CONTENT_HASH, value(resource.contentHash()));
    ObjectNode clear = Json.mapper().valueToTree(resource);
    JsonNode properties = clear.remove("properties");
    payload.put(CLEAR, value(clear.toString()));
    payload.put(
        SEALED_PROPERTIES,
        value(cipher.encryptText(properties == null ? "{}" : properties.toString(), key)));
    return payload;
  }

  private static List<String> prefixes(String value) {
    List<String> out = new ArrayList<>();
    for (int end = MIN_PREFIX; end <= Math.min(value.length(), MAX_PREFIX); end++) {
      out.add(value.substring(0, end));
    }
    return out;
  }

  AwsResource fromPayload(Map<String, Value> payload) {
    String key = payload.get(KEY).getStringValue();
    try {
      ObjectNode clear = (ObjectNode) Json.mapper().readTree(payload.get(CLEAR).getStringValue());
      String properties = cipher.decryptText(payload.get(SEALED_PROPERTIES).getStringValue(), key);
      clear.set("properties", Json.mapper().readTree(properties));
      return Json.mapper().treeToValue(clear, AwsResource.class);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CloudOpsException c) {
        throw c;
      }
      throw new StoreException("Stored resource " + key + " is unreadable: " + e, e);
    }
  }
}
