package io.cloudops.crypto;

import io.cloudops.Setting;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM with BouncyCastle: a fresh random 96-bit nonce per record, a 128-bit tag, the record
 * id as associated data.
 *
 * <p>Format: {@code version(1)=1 | keyId(4) | nonce(12) | ciphertext+tag}. The key id lets a key
 * ring decrypt records written under an older key after a rotation.
 */
public final class AesGcmCipher implements RecordCipher {

  static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int HEADER = 1 + KeyRing.KEY_ID_BYTES + NONCE_BYTES;

  private final KeyRing keys;
  private final SecureRandom random = new SecureRandom();

  public AesGcmCipher(KeyRing keys) {
    this.keys = keys;
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    KeyRing.Key key = keys.current();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(true, new AEADParameters(new KeyParameter(key.material()), TAG_BITS, nonce));
    gcm.processAADBytes(associatedData, 0, associatedData.length);
    byte[] out = new byte[HEADER + gcm.getOutputSize(plaintext.length)];
    ByteBuffer.wrap(out).put(VERSION).put(key.id()).put(nonce);
    int written = gcm.processBytes(plaintext, 0, plaintext.length, out, HEADER);
    try {
      gcm.doFinal(out, HEADER + written);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("AES-GCM encryption failed", e);
    }
    return out;
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
    if (ciphertext.length < HEADER + TAG_BITS / 8 || ciphertext[0] != VERSION) {
      throw new CryptoException(
          "Encrypted record is damaged or of an unknown format (version byte "
              + (ciphertext.length == 0 ? "missing" : ciphertext[0])
              + ")");
    }
    byte[] keyId = new byte[KeyRing.KEY_ID_BYTES];
    System.arraycopy(ciphertext, 1, keyId, 0, keyId.length);
    KeyRing.Key key =
        keys.find(keyId)
            .orElseThrow(
                () ->
                    new CryptoException(
                        "Record was encrypted with key "
                            + HexFormat.of().formatHex(keyId)
                            + " but the key in use is "
                            + HexFormat.of().formatHex(keys.current().id())
                            + "; set the encryption key to the key the data was written with",
                        Setting.ENCRYPTION_KEY,
                        null));
    byte[] nonce = new byte[NONCE_BYTES];
    System.arraycopy(ciphertext, 1 + KeyRing.KEY_ID_BYTES, nonce, 0, NONCE_BYTES);
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(false, new AEADParameters(new KeyParameter(key.material()), TAG_BITS, nonce));
    gcm.processAADBytes(associatedData, 0, associatedData.length);
    byte[] out = new byte[gcm.getOutputSize(ciphertext.length - HEADER)];
    int written = gcm.processBytes(ciphertext, HEADER, ciphertext.length - HEADER, out, 0);
    try {
      gcm.doFinal(out, written);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException(
          "Encrypted record failed authentication: it was changed, or belongs to another record",
          e);
    }
    return out;
  }
}
