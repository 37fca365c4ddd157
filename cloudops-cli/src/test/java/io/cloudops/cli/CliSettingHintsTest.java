package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cloudops.Secret;
import io.cloudops.backup.BackupTarget;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.datadir.KeyRotation;
import io.cloudops.store.qdrant.QdrantConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core failures as a CLI user reads them: the CLI's own knobs, never Jenkins's. */
class CliSettingHintsTest {

  @TempDir Path dataDir;

  @Test
  void coreFailures_nameTheCliKnobs_andNoJenkinsField() {
    byte[] aad = "record".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = new AesGcmCipher(KeyRing.of(KeyFiles.newKey())).encrypt(aad, aad);
    String envKey = Base64.getEncoder().encodeToString(KeyFiles.newKey());
    List<Throwable> failures =
        List.of(
            catchThrowable(
                () -> QdrantConnection.open(URI.create("ftp://q"), Secret.of(""), Duration.ZERO)),
            catchThrowable(() -> new BackupTarget(" ", null, null)),
            catchThrowable(
                () -> new AesGcmCipher(KeyRing.of(KeyFiles.newKey())).decrypt(sealed, aad)),
            catchThrowable(
                () -> KeyRotation.rotate(dataDir, Map.of("CLOUDOPS_KEY", envKey), null)));

    List<String> lines = failures.stream().map(CliSettingHints.INSTANCE::describe).toList();

    assertThat(lines.get(0)).contains("Qdrant URL").endsWith("[Qdrant URL: CLOUDOPS_QDRANT_URL]");
    assertThat(lines.get(1)).contains("--bucket or CLOUDOPS_BACKUP_BUCKET");
    assertThat(lines.get(2)).contains("CLOUDOPS_KEY or <data-dir>/key");
    assertThat(lines.get(3)).contains("CLOUDOPS_KEY");
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("Manage Jenkins"));
  }
}
