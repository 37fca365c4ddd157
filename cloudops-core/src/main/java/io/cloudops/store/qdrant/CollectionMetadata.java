package io.cloudops.store.qdrant;

import static io.qdrant.client.ValueFactory.value;

import io.cloudops.Setting;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.store.StoreException;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.Map;

/**
 * What a collection records when it is created (schema version, embedding model, a sealed key
 * check), and the checks on open: like the embedded store, a collection written with another model
 * or key is refused before anything is read or written.
 */
final class CollectionMetadata {

  static final String SCHEMA_VERSION = "cloudops.schema_version";
  static final String EMBEDDING_MODEL = "cloudops.embedding_model";
  static final String KEY_CHECK = "cloudops.key_check";

  /**
   * Version 1: the first layout. Version 2: the same layout, estate vectors made from the richer
   * resource text of schema 3 of the embedded store; a version-1 estate collection is re-embedded
   * when opened ({@link QdrantStores#open}).
   */
  static final long CURRENT_SCHEMA = 2;

  private static final String KEY_CHECK_TEXT = "cloudops key check";
  private static final String KEY_CHECK_RECORD = "cloudops.key_check";

  private final RecordCipher cipher;
  private final String modelId;

  CollectionMetadata(RecordCipher cipher, String modelId) {
    this.cipher = cipher;
    this.modelId = modelId;
  }

  Map<String, Value> current() {
    return Map.of(
        SCHEMA_VERSION,
        value(CURRENT_SCHEMA),
        EMBEDDING_MODEL,
        value(modelId),
        KEY_CHECK,
        value(cipher.encryptText(KEY_CHECK_TEXT, KEY_CHECK_RECORD)));
  }

  /** The schema a collection recorded; one without a version counts as current. */
  static long schemaVersion(Map<String, Value> stored) {
    Value version = stored.get(SCHEMA_VERSION);
    return version == null ? CURRENT_SCHEMA : version.getIntegerValue();
  }

  /** Checks what an existing collection recorded; a collection without metadata passes. */
  void check(String collection, Map<String, Value> stored) {
    Value version = stored.get(SCHEMA_VERSION);
    if (version != null && version.getIntegerValue() > CURRENT_SCHEMA) {
      throw new StoreException(
          "Qdrant collection "
              + collection
              + " has schema version "
              + version.getIntegerValue()
              + ", newer than this CloudOps reads ("
              + CURRENT_SCHEMA
              + "); upgrade CloudOps");
    }
    Value model = stored.get(EMBEDDING_MODEL);
    if (model != null && !model.getStringValue().equals(modelId)) {
      throw new StoreException(
          "Qdrant collection "
              + collection
              + " holds vectors of the embedding model "
              + model.getStringValue()
              + ", not "
              + modelId
              + "; use that model, or another collection");
    }
    Value check = stored.get(KEY_CHECK);
    if (check != null) {
      try {
        if (!KEY_CHECK_TEXT.equals(cipher.decryptText(check.getStringValue(), KEY_CHECK_RECORD))) {
          throw new CryptoException("key check text differs");
        }
      } catch (CryptoException e) {
        throw new CryptoException(
            "The encryption key does not open Qdrant collection "
                + collection
                + " ("
                + e.getMessage()
                + "); set the encryption key to the key every installation sharing it uses."
                + " Nothing was changed.",
            Setting.ENCRYPTION_KEY,
            e);
      }
    }
  }
}
