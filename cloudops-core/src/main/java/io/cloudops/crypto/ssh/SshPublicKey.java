package io.cloudops.crypto.ssh;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/**
 * An SSH public key in its wire form ({@code ssh-ed25519}, {@code ecdsa-sha2-nistp256/384/521} or
 * {@code ssh-rsa}), able to check a raw SSH signature with Bouncy Castle.
 *
 * @param type the key type, e.g. {@code ssh-ed25519}
 * @param blob the wire encoding, as in the base64 field of an {@code authorized_keys} line
 */
public record SshPublicKey(String type, byte[] blob) {

  /** The key types this class verifies. */
  public static final Set<String> TYPES =
      Set.of(
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "ssh-rsa");

  public SshPublicKey {
    blob = blob.clone();
  }

  /**
   * Reads a key from its wire form.
   *
   * @throws SshSignatureException when the type is not supported or the key is damaged
   */
  public static SshPublicKey of(byte[] blob) {
    String type = new SshWire(blob).text();
    if (!TYPES.contains(type)) {
      throw new SshSignatureException(
          "SSH key type "
              + type
              + " is not supported; use an ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa key");
    }
    return new SshPublicKey(type, blob);
  }

  /** Reads the base64 field of an {@code authorized_keys} or {@code .pub} line. */
  public static SshPublicKey ofBase64(String base64) {
    try {
      return of(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new SshSignatureException("an SSH public key is not base64", e);
    }
  }

  @Override
  public byte[] blob() {
    return blob.clone();
  }

  /** {@code SHA256:...}, as {@code ssh-keygen -l} prints it. */
  public String fingerprint() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(blob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The {@code .pub} form: {@code type base64}. */
  public String openSsh() {
    return type + " " + Base64.getEncoder().encodeToString(blob);
  }

  /**
   * Whether {@code signature} (an SSH signature blob: algorithm name, then the signature) is this
   * key's signature of {@code data}.
   */
  public boolean verifies(byte[] data, byte[] signature) {
    SshWire wire = new SshWire(signature);
    String algorithm = wire.text();
    byte[] raw = wire.string();
    AsymmetricKeyParameter key = parameters();
    try {
      return switch (type) {
        case "ssh-ed25519" -> algorithm.equals(type) && ed25519(key, data, raw);
        case "ssh-rsa" -> rsa(key, algorithm, data, raw);
        default -> algorithm.equals(type) && ecdsa(key, data, raw);
      };
    } catch (CryptoException | RuntimeException e) {
      return false;
    }
  }

  private AsymmetricKeyParameter parameters() {
    try {
      return OpenSSHPublicKeyUtil.parsePublicKey(blob);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SshSignatureException("the " + type + " key is damaged: " + e.getMessage(), e);
    }
  }

  private static boolean ed25519(AsymmetricKeyParameter key, byte[] data, byte[] raw) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(false, (Ed25519PublicKeyParameters) key);
    signer.update(data, 0, data.length);
    return signer.verifySignature(raw);
  }

  private static boolean rsa(AsymmetricKeyParameter key, String algorithm, byte[] data, byte[] raw)
      throws CryptoException {
    Digest digest =
        switch (algorithm) {
          case "rsa-sha2-512" -> new SHA512Digest();
          case "rsa-sha2-256" -> new SHA256Digest();
          default -> null; // ssh-rsa (SHA-1) is refused, as OpenSSH refuses it for SSHSIG
        };
    if (digest == null) {
      return false;
    }
    RSADigestSigner signer = new RSADigestSigner(digest);
    signer.init(false, (RSAKeyParameters) key);
    signer.update(data, 0, data.length);
    return signer.verifySignature(raw);
  }

  private boolean ecdsa(AsymmetricKeyParameter key, byte[] data, byte[] raw) {
    SshWire rs = new SshWire(raw);
    BigInteger r = new BigInteger(rs.string());
    BigInteger s = new BigInteger(rs.string());
    Digest digest =
        switch (type) {
          case "ecdsa-sha2-nistp256" -> new SHA256Digest();
          case "ecdsa-sha2-nistp384" -> new SHA384Digest();
          default -> new SHA512Digest();
        };
    byte[] hash = new byte[digest.getDigestSize()];
    digest.update(data, 0, data.length);
    digest.doFinal(hash, 0);
    ECDSASigner signer = new ECDSASigner();
    signer.init(false, (ECPublicKeyParameters) key);
    return signer.verifySignature(hash, r, s);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SshPublicKey key && Arrays.equals(blob, key.blob);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(blob);
  }

  @Override
  public String toString() {
    return type + " " + fingerprint();
  }
}
