package io.cloudops.crypto.ssh;

import io.cloudops.CloudOpsException;

/** An SSH signature or allowed-signers file that cannot be read or does not verify. */
public final class SshSignatureException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public SshSignatureException(String message) {
    super(message);
  }

  public SshSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
