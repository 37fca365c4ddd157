package io.cloudops.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encrypts records at rest. The associated data (a record's id) binds a ciphertext to its record:
 * moving it under another id makes decryption fail.
 */
public interface RecordCipher {

  /** Encrypts plaintext bound to the associated data. */
  byte[] encrypt(byte[] plaintext, byte[] associatedData);

  /**
   * Decrypts what {@link #encrypt} produced with the same associated data.
   *
   * @throws CryptoException on a wrong key, other associated data or a damaged ciphertext
   */
  byte[] decrypt(byte[] ciphertext, byte[] associatedData);

  /** Encrypts text to base64, for JSON fields and stored strings. */
  default String encryptText(String plaintext, String associatedData) {
    return Base64.getEncoder()
        .encodeToString(
            encrypt(
                plaintext.getBytes(StandardCharsets.UTF_8),
                associatedData.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reverses {@link #encryptText}. */
  default String decryptText(String base64Ciphertext, String associatedData) {
    byte[] ciphertext;
    try {
      ciphertext = Base64.getDecoder().decode(base64Ciphertext);
    } catch (IllegalArgumentException e) {
      throw new CryptoException(
          "Encrypted field of record " + associatedData + " is not base64", e);
    }
    return new String(
        decrypt(ciphertext, associatedData.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }
}
