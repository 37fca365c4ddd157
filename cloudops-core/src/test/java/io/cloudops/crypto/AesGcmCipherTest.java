package io.cloudops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmCipherTest {

  private final byte[] key = KeyFiles.newKey();
  private final AesGcmCipher cipher = new AesGcmCipher(KeyRing.of(key));

  @Test
  void roundTrip_withTheRecordIdAsAssociatedData() {
    String encrypted = cipher.encryptText("stop billing-prod-db tonight", "conv-1/msg-7");

    assertThat(encrypted).doesNotContain("billing");
    assertThat(cipher.decryptText(encrypted, "conv-1/msg-7"))
        .isEqualTo("stop billing-prod-db tonight");
  }

  @Test
  void sameText_encryptsDifferentlyEachTime_freshNonce() {
    assertThat(cipher.encryptText("x", "id")).isNotEqualTo(cipher.encryptText("x", "id"));
  }

  @Test
  void ciphertext_movedToAnotherRecord_failsAuthentication() {
    String encrypted = cipher.encryptText("secret", "record-a");

    assertThatThrownBy(() -> cipher.decryptText(encrypted, "record-b"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("failed authentication");
  }

  @Test
  void tamperedCiphertext_isRefused() {
    byte[] encrypted = cipher.encrypt("secret".getBytes(StandardCharsets.UTF_8), new byte[0]);
    encrypted[encrypted.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.decrypt(encrypted, new byte[0]))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void wrongKey_saysWhichKeyWasUsed() {
    String encrypted = cipher.encryptText("secret", "id");
    AesGcmCipher other = new AesGcmCipher(KeyRing.of(KeyFiles.newKey()));

    assertThatThrownBy(() -> other.decryptText(encrypted, "id"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("was encrypted with key")
        .hasMessageContaining("set the encryption key");
  }

  @Test
  void rotatedRing_decryptsOldRecords_andEncryptsWithTheNewKey() {
    String old = cipher.encryptText("old", "id");
    byte[] newKey = KeyFiles.newKey();
    AesGcmCipher rotated = new AesGcmCipher(KeyRing.of(newKey, List.of(key)));

    assertThat(rotated.decryptText(old, "id")).isEqualTo("old");
    String fresh = rotated.encryptText("new", "id");
    assertThatThrownBy(() -> cipher.decryptText(fresh, "id")).isInstanceOf(CryptoException.class);
  }

  @Test
  void keyFile_isCreatedOwnerOnly_andReusedOnNextLoad(@TempDir Path dir) throws Exception {
    KeyRing first = KeyFiles.load(dir, Map.of());
    KeyRing second = KeyFiles.load(dir, Map.of());

    assertThat(second.current()).isEqualTo(first.current());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void keyFromEnvironment_winsOverTheFile_andBadOnesAreExplained(@TempDir Path dir) {
    String base64 = Base64.getEncoder().encodeToString(key);

    assertThat(KeyFiles.load(dir, Map.of("CLOUDOPS_KEY", base64)).current().material())
        .isEqualTo(key);
    assertThat(dir.resolve("key")).doesNotExist();
    assertThatThrownBy(() -> KeyFiles.load(dir, Map.of("CLOUDOPS_KEY", "c2hvcnQ=")))
        .hasMessageContaining("has 5 bytes; expected 32");
    assertThatThrownBy(() -> KeyFiles.load(dir, Map.of("CLOUDOPS_KEY", "not base64!")))
        .hasMessageContaining("not base64");
  }
}
