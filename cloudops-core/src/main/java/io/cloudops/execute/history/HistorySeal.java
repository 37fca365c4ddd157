package io.cloudops.execute.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;

/**
 * Seals history lines: the content is encrypted with AES-GCM and, in version 2, authenticated
 * together with every clear field of the line (its associated data is the clear line itself), so
 * that changing any field, or writing a line without the key, is detected.
 */
final class HistorySeal {

  private static final String LEGACY_AD_PREFIX = "cloudops-history:";
  private static final String AD_PREFIX = "cloudops-history:v2:";

  private final RecordCipher cipher;

  HistorySeal(RecordCipher cipher) {
    this.cipher = cipher;
  }

  /** A version-2 line carrying {@code content} (null: no content), sealed over all its fields. */
  HistoryLine seal(HistoryLine clear, JsonNode content) {
    JsonNode body = content == null ? NullNode.getInstance() : content;
    return clear.withData(cipher.encryptText(Json.write(body), associatedData(clear)));
  }

  /**
   * The line's content, after checking that the line is as it was sealed.
   *
   * @return the content; a JSON null when the line has none
   * @throws CryptoException when the key is another or the line was changed
   */
  JsonNode open(HistoryLine line) {
    if (line.v() == HistoryLine.LEGACY_VERSION
        && line.data() == null
        && HistoryLine.TRANSITION.equals(line.type())) {
      return NullNode.getInstance(); // version 1 wrote no data on a transition without detail
    }
    if (line.data() == null) {
      throw new CryptoException("history line of " + line.id() + " has no sealed data");
    }
    String text = cipher.decryptText(line.data(), associatedData(line));
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new CryptoException("history event of " + line.id() + " is not JSON", e);
    }
  }

  /** The line sealed again under the cipher's current key (a key rotation). */
  HistoryLine reseal(HistoryLine line) {
    if (line.data() == null) {
      return line;
    }
    String ad = associatedData(line);
    return line.withData(cipher.encryptText(cipher.decryptText(line.data(), ad), ad));
  }

  private static String associatedData(HistoryLine line) {
    if (line.v() == HistoryLine.LEGACY_VERSION) {
      return LEGACY_AD_PREFIX + line.id();
    }
    return AD_PREFIX + Json.write(line.withData(null));
  }
}
