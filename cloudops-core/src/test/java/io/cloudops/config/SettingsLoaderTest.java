package io.cloudops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.Setting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @Test
  void defaults_areEmbeddedUnderHome() {
    CloudOpsSettings settings = SettingsLoader.from(Map.of()).build();

    assertThat(settings.dataDir())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cloudops").toAbsolutePath());
    assertThat(settings.storeKind()).isEqualTo(StoreKind.EMBEDDED);
    assertThat(settings.serverUrl()).isEmpty();
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void environment_overridesDefaults(@TempDir Path dir) {
    CloudOpsSettings settings =
        SettingsLoader.from(
                Map.of(
                    "CLOUDOPS_DATA_DIR", dir.toString(),
                    "CLOUDOPS_SERVER_URL", "https://ops.example.com/cloudops",
                    "CLOUDOPS_STORE", "QDRANT",
                    "CLOUDOPS_QDRANT_URL", "http://localhost:6334",
                    "CLOUDOPS_REQUEST_TIMEOUT", "5"))
            .build();

    assertThat(settings.dataDir()).isEqualTo(dir);
    assertThat(settings.serverUrl()).contains(URI.create("https://ops.example.com/cloudops"));
    assertThat(settings.storeKind()).isEqualTo(StoreKind.QDRANT);
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void badValues_nameTheSetting() {
    assertThatThrownBy(() -> SettingsLoader.from(Map.of("CLOUDOPS_STORE", "redis")).build())
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CLOUDOPS_STORE='redis'")
        .hasMessageContaining("embedded or qdrant");
    assertThatThrownBy(() -> SettingsLoader.from(Map.of("CLOUDOPS_SERVER_URL", "ftp://x")).build())
        .hasMessageContaining("planning server URL 'ftp://x'")
        .hasMessageContaining("not an http:// or https:// URL")
        .extracting(e -> ((InvalidSettingException) e).setting())
        .isEqualTo(Optional.of(Setting.SERVER_URL));
    assertThatThrownBy(() -> SettingsLoader.from(Map.of("CLOUDOPS_CONNECT_TIMEOUT", "ten")).build())
        .hasMessageContaining("CLOUDOPS_CONNECT_TIMEOUT")
        .hasMessageContaining("seconds");
    assertThatThrownBy(() -> SettingsLoader.from(Map.of("CLOUDOPS_REQUEST_TIMEOUT", "0")).build())
        .hasMessageContaining("request timeout")
        .extracting(e -> ((InvalidSettingException) e).setting())
        .isEqualTo(Optional.of(Setting.REQUEST_TIMEOUT));
  }

  @Test
  void qdrantStore_needsItsUrl() {
    assertThatThrownBy(() -> SettingsLoader.from(Map.of("CLOUDOPS_STORE", "qdrant")).build())
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("the Qdrant store needs one");
  }

  @Test
  void dataDir_thatIsAFile_isRefused(@TempDir Path dir) throws Exception {
    Path file = Files.createFile(dir.resolve("not-a-dir"));

    assertThatThrownBy(
            () -> SettingsLoader.from(Map.of("CLOUDOPS_DATA_DIR", file.toString())).build())
        .hasMessageContaining("The data dir '" + file + "'")
        .hasMessageContaining("not a directory")
        .extracting(e -> ((InvalidSettingException) e).setting())
        .isEqualTo(Optional.of(Setting.DATA_DIR));
  }
}
