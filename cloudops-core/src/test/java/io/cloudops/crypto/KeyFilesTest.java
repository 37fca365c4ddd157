package io.cloudops.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

  @TempDir Path dataDir;

  @Test
  void keyFileReadableByOthers_isRefusedWithTheFix() throws Exception {
    Path key = dataDir.resolve(KeyFiles.KEY_FILE);
    Files.writeString(key, Base64.getEncoder().encodeToString(KeyFiles.newKey()));
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> KeyFiles.load(dataDir, Map.of()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("readable by others (mode rw-r--r--)")
        .hasMessageContaining("chmod 600 " + key);

    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyFiles.load(dataDir, Map.of()).current().material()).hasSize(32);
  }

  @Test
  void loadRingIfPresent_withoutKey_createsNothing() throws Exception {
    assertThat(KeyFiles.loadRingIfPresent(dataDir, Map.of())).isEmpty();
    try (var files = Files.list(dataDir)) {
      assertThat(files).isEmpty();
    }
    String key = Base64.getEncoder().encodeToString(KeyFiles.newKey());
    assertThat(KeyFiles.loadRingIfPresent(dataDir, Map.of(KeyFiles.KEY_VARIABLE, key))).isPresent();
  }
}
