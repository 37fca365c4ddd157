package io.cloudops.store.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.model.Message;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Stores#open} with {@code CLOUDOPS_STORE=qdrant}, over real local TCP. */
class StoresQdrantTest {

  private static final String API_KEY = "test-api-key-7f3a";

  @TempDir Path dataDir;

  private final TcpQdrant server = new TcpQdrant(API_KEY);

  @AfterEach
  void stop() {
    server.close();
  }

  private CloudOpsSettings settings(URI url) {
    return CloudOpsSettings.builder()
        .dataDir(dataDir)
        .storeKind(StoreKind.QDRANT)
        .qdrantUrl(url)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void open_qdrant_withTheApiKey_usesTheServersCollections() {
    Map<String, String> env = Map.of(Stores.QDRANT_API_KEY, API_KEY);
    try (StoreHandle stores = Stores.open(settings(server.url()), env, StoreAccess.READ_WRITE)) {
      assertThat(stores.estate().count()).isZero();
      assertThat(stores.chat().conversations()).isEmpty();
      stores.chat().append("ctx", Message.user("hello", Instant.EPOCH));
    }

    try (StoreHandle reopened = Stores.open(settings(server.url()), env, StoreAccess.READ_ONLY)) {
      assertThat(reopened.chat().history("ctx", 5))
          .extracting(Message::content)
          .containsExactly("hello");
    }
  }

  @Test
  void open_qdrant_withAWrongApiKey_saysToCheckTheKey_withoutShowingIt() {
    Map<String, String> env = Map.of(Stores.QDRANT_API_KEY, "wrong-key-9d1e");

    assertThatThrownBy(() -> Stores.open(settings(server.url()), env, StoreAccess.READ_ONLY))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("check the Qdrant API key")
        .hasMessageNotContaining("wrong-key-9d1e");
  }

  @Test
  void open_qdrant_onAClosedPort_saysTheServerIsUnreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                Stores.open(
                    settings(URI.create("http://127.0.0.1:" + port)),
                    Map.of(),
                    StoreAccess.READ_ONLY))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Qdrant at 127.0.0.1:" + port + " is unreachable")
        .hasMessageNotContaining("\n");
  }
}
