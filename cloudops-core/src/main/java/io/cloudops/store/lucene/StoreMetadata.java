package io.cloudops.store.lucene;

import io.cloudops.Setting;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.store.StoreException;
import io.cloudops.store.embed.Embedder;
import java.nio.file.Path;
import java.util.Map;

/**
 * What each index records in its commit user data, and the checks made on open: the schema version
 * (older ones migrate, unknown ones are refused), the embedding model, and a key check that tells a
 * wrong key before anything is read or written.
 */
final class StoreMetadata {

  static final String SCHEMA_VERSION = "cloudops.schema_version";
  static final String EMBEDDING_MODEL = "cloudops.embedding_model";
  static final String KEY_CHECK = "cloudops.key_check";

  /**
   * The layout this code writes (see docs/store.md). Version 1: cosine vectors with a stored copy.
   * Version 2: dot-product vectors read back from the index, last-scanned time as a doc value.
   * Version 3: the same layout over the richer resource text of {@code ResourceText} (regions'
   * places, environment synonyms, tag roles, products, engines, instance purposes), so estate
   * vectors are re-embedded. Writers migrate older versions on open ({@link SchemaMigration});
   * readers read them all.
   */
  static final int CURRENT_SCHEMA = 3;

  private static final String KEY_CHECK_TEXT = "cloudops key check";
  private static final String KEY_CHECK_RECORD = "cloudops.key_check";

  private StoreMetadata() {}

  /**
   * Whether an index was written without a model (some documents may lack a vector) while the
   * commits of this store carry one: its writer then re-embeds every document, as a migration does.
   */
  static boolean lacksVectors(Map<String, String> userData, Map<String, String> commitData) {
    return Embedder.NO_MODEL.equals(userData.get(EMBEDDING_MODEL))
        && !Embedder.NO_MODEL.equals(commitData.get(EMBEDDING_MODEL));
  }

  /** The user data a commit by this code carries. */
  static Map<String, String> current(RecordCipher cipher, String modelId) {
    return Map.of(
        SCHEMA_VERSION,
        Integer.toString(CURRENT_SCHEMA),
        EMBEDDING_MODEL,
        modelId,
        KEY_CHECK,
        cipher.encryptText(KEY_CHECK_TEXT, KEY_CHECK_RECORD));
  }

  /**
   * The schema version of an existing index.
   *
   * @throws StoreException when it is missing, unreadable or newer than this code knows
   */
  static int schemaVersion(Path index, Map<String, String> userData) {
    String value = userData.get(SCHEMA_VERSION);
    int version;
    try {
      version = value == null ? -1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      version = -1;
    }
    if (version < 1 || version > CURRENT_SCHEMA) {
      throw new StoreException(
          "The store index at "
              + index
              + " has schema version "
              + (value == null ? "(none)" : value)
              + ", which this CloudOps does not know (it reads versions 1 to "
              + CURRENT_SCHEMA
              + "); upgrade CloudOps, or move that directory away and scan again");
    }
    return version;
  }

  /**
   * Checks that the key opens an existing index.
   *
   * @throws CryptoException with what to do when it does not
   */
  static void checkKey(Path index, Map<String, String> userData, RecordCipher cipher) {
    String check = userData.get(KEY_CHECK);
    if (check == null) {
      return;
    }
    try {
      if (!KEY_CHECK_TEXT.equals(cipher.decryptText(check, KEY_CHECK_RECORD))) {
        throw new CryptoException("key check text differs");
      }
    } catch (CryptoException e) {
      throw new CryptoException(
          "The encryption key does not open the store at "
              + index
              + " ("
              + e.getMessage()
              + "). Nothing was changed.",
          Setting.ENCRYPTION_KEY,
          e);
    }
  }

  /**
   * Checks that stored vectors came from the model in use. A store written without a model ({@link
   * Embedder#NO_MODEL}) opens with any model and is re-embedded by its next writer ({@link
   * #lacksVectors}); any store opens without a model, which then searches it lexically.
   */
  static void checkModel(Path index, Map<String, String> userData, String modelId) {
    String stored = userData.get(EMBEDDING_MODEL);
    if (stored != null
        && !stored.equals(modelId)
        && !stored.equals(Embedder.NO_MODEL)
        && !modelId.equals(Embedder.NO_MODEL)) {
      throw new StoreException(
          "The store at "
              + index
              + " holds vectors of the embedding model "
              + stored
              + ", not "
              + modelId
              + "; use that model, or move the store away and scan again");
    }
  }
}
