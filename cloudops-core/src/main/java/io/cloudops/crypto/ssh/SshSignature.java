package io.cloudops.crypto.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * An OpenSSH signature in the SSHSIG format that {@code ssh-keygen -Y sign} writes and {@code
 * ssh-keygen -Y verify} checks (OpenSSH's PROTOCOL.sshsig): the signer's public key, a namespace
 * that keeps signatures for one purpose from being used for another, and the signature over the
 * namespace and a hash of the message.
 */
public final class SshSignature {

  private static final byte[] MAGIC = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
  private static final String BEGIN = "-----BEGIN SSH SIGNATURE-----";
  private static final String END = "-----END SSH SIGNATURE-----";

  private final SshPublicKey publicKey;
  private final String namespace;
  private final String hashAlgorithm;
  private final byte[] signature;

  private SshSignature(
      SshPublicKey publicKey, String namespace, String hashAlgorithm, byte[] signature) {
    this.publicKey = publicKey;
    this.namespace = namespace;
    this.hashAlgorithm = hashAlgorithm;
    this.signature = signature.clone();
  }

  /**
   * Reads an armored signature ({@code -----BEGIN SSH SIGNATURE-----} ...).
   *
   * @throws SshSignatureException when it is not one
   */
  public static SshSignature parse(String armored) {
    String text = armored.strip();
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      throw new SshSignatureException(
          "not an SSH signature: expected the text between " + BEGIN + " and " + END);
    }
    String base64 = text.substring(BEGIN.length(), text.length() - END.length());
    byte[] blob;
    try {
      blob = Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new SshSignatureException("the SSH signature is not base64", e);
    }
    SshWire wire = new SshWire(blob);
    if (!Arrays.equals(wire.raw(MAGIC.length), MAGIC)) {
      throw new SshSignatureException("not an SSH signature: the SSHSIG preamble is missing");
    }
    int version = wire.uint32();
    if (version != 1) {
      throw new SshSignatureException("SSH signature version " + version + " is not supported");
    }
    SshPublicKey key = SshPublicKey.of(wire.string());
    String namespace = wire.text();
    wire.string(); // reserved
    String hash = wire.text();
    byte[] signature = wire.string();
    if (!hash.equals("sha512") && !hash.equals("sha256")) {
      throw new SshSignatureException("SSH signature hash " + hash + " is not supported");
    }
    return new SshSignature(key, namespace, hash, signature);
  }

  /**
   * A signature made elsewhere (a signer in Java) from its parts.
   *
   * @param signature the SSH signature blob: algorithm name, then the raw signature
   */
  public static SshSignature of(
      SshPublicKey publicKey, String namespace, String hashAlgorithm, byte[] signature) {
    return new SshSignature(publicKey, namespace, hashAlgorithm, signature);
  }

  /** The bytes a signer signs for {@code message} in {@code namespace} (SHA-512). */
  public static byte[] signedData(String namespace, String hashAlgorithm, byte[] message) {
    return new SshWire.Writer()
        .raw(MAGIC)
        .string(namespace)
        .string(new byte[0])
        .string(hashAlgorithm)
        .string(hash(hashAlgorithm, message))
        .bytes();
  }

  /** The signer's public key, as carried in the signature. */
  public SshPublicKey publicKey() {
    return publicKey;
  }

  public String namespace() {
    return namespace;
  }

  /** Whether this is the carried key's signature of {@code message} in its namespace. */
  public boolean verifies(byte[] message) {
    return publicKey.verifies(signedData(namespace, hashAlgorithm, message), signature);
  }

  /** The armored form, as {@code ssh-keygen -Y sign} writes it (70 columns). */
  public String armored() {
    byte[] blob =
        new SshWire.Writer()
            .raw(MAGIC)
            .uint32(1)
            .string(publicKey.blob())
            .string(namespace)
            .string(new byte[0])
            .string(hashAlgorithm)
            .string(signature)
            .bytes();
    String base64 = Base64.getEncoder().encodeToString(blob);
    StringBuilder out = new StringBuilder(BEGIN).append('\n');
    for (int i = 0; i < base64.length(); i += 70) {
      out.append(base64, i, Math.min(base64.length(), i + 70)).append('\n');
    }
    return out.append(END).append('\n').toString();
  }

  private static byte[] hash(String algorithm, byte[] message) {
    try {
      return MessageDigest.getInstance(algorithm.equals("sha256") ? "SHA-256" : "SHA-512")
          .digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-2 is part of every Java runtime", e);
    }
  }
}
