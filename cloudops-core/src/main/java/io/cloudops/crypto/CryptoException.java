package io.cloudops.crypto;

import io.cloudops.CloudOpsException;

/** Encryption or decryption failed: a wrong key, a damaged record or an unusable key file. */
public final class CryptoException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
