package io.cloudops.crypto;

import io.cloudops.CloudOpsException;
import io.cloudops.Setting;

/** Encryption or decryption failed: a wrong key, a damaged record or an unusable key file. */
public final class CryptoException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }

  public CryptoException(String message, Setting setting, Throwable cause) {
    super(message, setting, cause);
  }
}
