package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.backends.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {

  @TempDir Path dataDir;

  @Test
  void open_readOnly_onAFreshDataDir_isAnEmptyStore_andCreatesNoKeyNorIndex() {
    CloudOpsSettings settings = CloudOpsSettings.builder().dataDir(dataDir).build();

    try (StoreHandle stores = Stores.open(settings, Map.of(), StoreAccess.READ_ONLY)) {
      assertThat(stores.estate().count()).isZero();
      assertThat(stores.chat().conversations()).isEmpty();
      assertThat(stores.estate().search("anything", ResourceFilter.any(), 5)).isEmpty();
    }
    assertThat(dataDir.resolve("key")).doesNotExist();
    assertThat(Files.exists(dataDir.resolve("store"))).isFalse();
  }
}
