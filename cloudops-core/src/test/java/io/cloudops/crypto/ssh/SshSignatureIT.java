package io.cloudops.crypto.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.testing.SshKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SSH signatures against the real {@code ssh-keygen}, in both directions. */
class SshSignatureIT {

  private static final String NAMESPACE = "cloudops-approval";
  private static final byte[] MESSAGE = "approve plan 3f2a\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ed25519,0", "ecdsa,256", "ecdsa,384", "ecdsa,521", "rsa,3072"})
  void signatureBySshKeygen_verifiesInJava_andNotForOtherText(String type, int bits) {
    Path key = SshKeys.generate(dir, "k", type, bits);

    SshSignature signature = SshSignature.parse(SshKeys.sign(key, NAMESPACE, MESSAGE));

    assertThat(signature.namespace()).isEqualTo(NAMESPACE);
    assertThat(signature.publicKey().openSsh()).isEqualTo(SshKeys.publicKey(key));
    assertThat(signature.verifies(MESSAGE)).isTrue();
    assertThat(signature.verifies("approve plan 3f2b\n".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ed25519,0", "ecdsa,256", "rsa,2048"})
  void signatureArmoredByJava_verifiesWithSshKeygen(String type, int bits) throws Exception {
    Path key = SshKeys.generate(dir, "k", type, bits);
    Path allowed = allowedSigners("alice " + SshKeys.publicKey(key));
    String armored = SshSignature.parse(SshKeys.sign(key, NAMESPACE, MESSAGE)).armored();

    assertThat(SshKeys.verify(allowed, "alice", NAMESPACE, armored, MESSAGE)).isZero();
    assertThat(SshKeys.verify(allowed, "alice", "other", armored, MESSAGE)).isNotZero();
    assertThat(SshKeys.verify(allowed, "bob", NAMESPACE, armored, MESSAGE)).isNotZero();
  }

  @Test
  void signatureMadeInJava_verifiesWithSshKeygen_andInJava() throws Exception {
    Path key = SshKeys.generate(dir, "k", "ed25519", 0);
    Ed25519PrivateKeyParameters privateKey = privateKey(key);
    SshPublicKey publicKey = SshPublicKey.ofBase64(SshKeys.publicKey(key).split(" ")[1]);
    byte[] data = SshSignature.signedData(NAMESPACE, "sha512", MESSAGE);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(data, 0, data.length);
    byte[] blob =
        new SshWire.Writer().string("ssh-ed25519").string(signer.generateSignature()).bytes();
    SshSignature signature = SshSignature.of(publicKey, NAMESPACE, "sha512", blob);
    Path allowed = allowedSigners("alice " + SshKeys.publicKey(key));

    assertThat(SshKeys.verify(allowed, "alice", NAMESPACE, signature.armored(), MESSAGE)).isZero();
    assertThat(SshSignature.parse(signature.armored()).verifies(MESSAGE)).isTrue();
  }

  @Test
  void signatureWithAFlippedByte_doesNotVerify() {
    Path key = SshKeys.generate(dir, "k", "ed25519", 0);
    String armored = SshKeys.sign(key, NAMESPACE, MESSAGE);
    SshSignature good = SshSignature.parse(armored);
    byte[] blob =
        Base64.getMimeDecoder()
            .decode(
                armored
                    .replace("-----BEGIN SSH SIGNATURE-----", "")
                    .replace("-----END SSH SIGNATURE-----", "")
                    .replaceAll("\\s", ""));
    blob[blob.length - 5] ^= 1;
    String damaged =
        "-----BEGIN SSH SIGNATURE-----\n"
            + Base64.getEncoder().encodeToString(blob)
            + "\n-----END SSH SIGNATURE-----\n";

    assertThat(good.verifies(MESSAGE)).isTrue();
    assertThat(SshSignature.parse(damaged).verifies(MESSAGE)).isFalse();
  }

  @Test
  void notASignature_isRefusedWithWhatWasExpected() {
    assertThatThrownBy(() -> SshSignature.parse("hello"))
        .isInstanceOf(SshSignatureException.class)
        .hasMessageContaining("BEGIN SSH SIGNATURE");
  }

  @Test
  void allowedSigners_honourPrincipalsNamespacesAndValidity() throws Exception {
    Path alice = SshKeys.generate(dir, "alice", "ed25519", 0);
    Path bob = SshKeys.generate(dir, "bob", "ecdsa", 256);
    Path carol = SshKeys.generate(dir, "carol", "ed25519", 0);
    Path file =
        allowedSigners(
            "# approvers",
            "alice,al@example.com " + SshKeys.publicKey(alice) + " alice's laptop",
            "*@ops.example.com namespaces=\"cloudops-approval,git\" " + SshKeys.publicKey(bob),
            "carol valid-before=\"20200101Z\" " + SshKeys.publicKey(carol));
    AllowedSigners signers = AllowedSigners.read(file);
    Instant now = Instant.parse("2026-12-01T20:00:00Z");

    assertThat(signers.allows("alice", key(alice), NAMESPACE, now)).isTrue();
    assertThat(signers.allows("al@example.com", key(alice), NAMESPACE, now)).isTrue();
    assertThat(signers.allows("bob@ops.example.com", key(alice), NAMESPACE, now)).isFalse();
    assertThat(signers.allows("bob@ops.example.com", key(bob), NAMESPACE, now)).isTrue();
    assertThat(signers.allows("bob@ops.example.com", key(bob), "cloudops-request", now)).isFalse();
    assertThat(signers.allows("carol", key(carol), NAMESPACE, now)).isFalse();
    assertThat(signers.knows(key(carol))).isTrue();
    // ssh-keygen agrees on the expired line
    String signature = SshKeys.sign(carol, NAMESPACE, MESSAGE);
    assertThat(SshKeys.verify(file, "carol", NAMESPACE, signature, MESSAGE)).isNotZero();
  }

  @Test
  void allowedSigners_unsupportedLines_areSkipped_andTheOthersStillCount() throws Exception {
    Path alice = SshKeys.generate(dir, "alice", "ed25519", 0);
    Path file =
        allowedSigners(
            "ca@example.com cert-authority " + SshKeys.publicKey(alice),
            "fido sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t",
            "alice " + SshKeys.publicKey(alice));

    AllowedSigners signers = AllowedSigners.read(file);

    assertThat(signers.principals()).containsExactly("alice");
    assertThat(signers.allows("alice", key(alice), NAMESPACE, Instant.now())).isTrue();
  }

  @Test
  void allowedSigners_badLine_namesFileAndLine() throws Exception {
    Path file = allowedSigners("alice ssh-ed25519 not-base64!");

    assertThatThrownBy(() -> AllowedSigners.read(file))
        .hasMessageContaining(file + " line 1")
        .hasMessageContaining("expected: principals [options] keytype base64-key");
  }

  private Path allowedSigners(String... lines) throws Exception {
    Path file = Files.createTempFile(dir, "allowed", "");
    Files.write(file, List.of(lines), StandardCharsets.US_ASCII);
    return file;
  }

  private static SshPublicKey key(Path key) {
    return SshPublicKey.ofBase64(SshKeys.publicKey(key).split(" ")[1]);
  }

  private static Ed25519PrivateKeyParameters privateKey(Path key) throws Exception {
    String pem = Files.readString(key, StandardCharsets.US_ASCII);
    String body =
        pem.replace("-----BEGIN OPENSSH PRIVATE KEY-----", "")
            .replace("-----END OPENSSH PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    return (Ed25519PrivateKeyParameters)
        OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(Base64.getDecoder().decode(body));
  }
}
