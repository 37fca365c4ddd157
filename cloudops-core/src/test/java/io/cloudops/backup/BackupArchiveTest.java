package io.cloudops.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupArchiveTest {

  @TempDir Path dir;

  @Test
  void packThenUnpack_restoresTheTree_andTheChecksumIsTheFilesSha256() throws IOException {
    Path source = Files.createDirectories(dir.resolve("src/store/estate"));
    Files.writeString(source.resolve("segments_1"), "commit");
    Files.writeString(source.resolve("_0.cfs"), "segment");
    Path archive = dir.resolve("b.zip");

    String sha = BackupArchive.pack(dir.resolve("src"), archive);
    Path out = Files.createDirectory(dir.resolve("out"));
    BackupArchive.unpack(archive, out);

    assertThat(sha).hasSize(64).isEqualTo(BackupArchive.sha256(archive));
    assertThat(out.resolve("store/estate/segments_1")).hasContent("commit");
    assertThat(out.resolve("store/estate/_0.cfs")).hasContent("segment");
  }

  @Test
  void unpack_refusesEntriesOutsideTheTarget() throws IOException {
    Path archive = dir.resolve("evil.zip");
    try (OutputStream file = Files.newOutputStream(archive);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("../escaped"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path out = Files.createDirectory(dir.resolve("out"));

    assertThatThrownBy(() -> BackupArchive.unpack(archive, out))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("outside its root");
    assertThat(dir.resolve("escaped")).doesNotExist();
  }

  @Test
  void unpack_ofSomethingThatIsNotAZip_isRefused() throws IOException {
    Path archive = Files.writeString(dir.resolve("junk.zip"), "not a zip at all");
    Path out = Files.createDirectory(dir.resolve("out"));

    assertThatThrownBy(() -> BackupArchive.unpack(archive, out))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("not a CloudOps backup");
  }

  @Test
  void target_normalisesThePrefix_andNeedsABucket() {
    assertThat(BackupTarget.of("b", "/team/backups").prefix()).isEqualTo("team/backups/");
    assertThat(BackupTarget.of("b", "").prefix()).isEmpty();
    assertThat(BackupTarget.of("b", null).prefix()).isEqualTo(BackupTarget.DEFAULT_PREFIX);
    assertThatThrownBy(() -> BackupTarget.of(" ", "p"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("No backup bucket")
        .extracting(e -> ((InvalidInputException) e).setting())
        .isEqualTo(Optional.of(Setting.BACKUP_BUCKET));
  }
}
