package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cloudops.Secret;
import io.cloudops.backup.BackupTarget;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.store.qdrant.QdrantConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Core failures as a Jenkins administrator reads them in a build log: fields, not variables. */
class JenkinsSettingHintsTest {

  @Test
  void coreFailures_nameTheConfigurationFields_andNoCliKnob() {
    byte[] aad = "record".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = new AesGcmCipher(KeyRing.of(KeyFiles.newKey())).encrypt(aad, aad);
    List<Throwable> failures =
        List.of(
            catchThrowable(
                () -> QdrantConnection.open(URI.create("ftp://q"), Secret.of(""), Duration.ZERO)),
            catchThrowable(() -> new BackupTarget(" ", null, null)),
            catchThrowable(
                () -> new AesGcmCipher(KeyRing.of(KeyFiles.newKey())).decrypt(sealed, aad)));

    List<String> lines =
        failures.stream().map(e -> JenkinsSettingHints.describe("the store: ", e)).toList();

    assertThat(lines.get(0))
        .startsWith("CloudOps: the store: The Qdrant URL")
        .endsWith("[Qdrant URL: Manage Jenkins, System, CloudOps: Qdrant URL]");
    assertThat(lines.get(1)).contains("CloudOps: Backup S3 bucket");
    assertThat(lines.get(2)).contains("CloudOps: Conversation encryption key");
    assertThat(lines)
        .allSatisfy(
            line -> assertThat(line).doesNotContainPattern("CLOUDOPS_[A-Z]|--[a-z]|<data-dir>"));
  }
}
