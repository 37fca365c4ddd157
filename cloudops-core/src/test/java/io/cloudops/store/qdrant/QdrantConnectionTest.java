package io.cloudops.store.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.store.StoreException;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.CollectionsGrpc;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QdrantConnectionTest {

  /** Accepts every call and never answers. */
  private static final class SilentCollections extends CollectionsGrpc.CollectionsImplBase {
    @Override
    public void collectionExists(
        CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> response) {
      // no answer: the caller's deadline must end the call
    }
  }

  @Test
  void call_whenTheServerNeverAnswers_failsAfterTheTimeout_sayingSo() throws Exception {
    String name = "silent-" + System.nanoTime();
    Server server =
        InProcessServerBuilder.forName(name).addService(new SilentCollections()).build().start();
    try (QdrantConnection qdrant =
        QdrantConnection.over(
            InProcessChannelBuilder.forName(name).build(), "silent", Duration.ofMillis(300))) {
      long start = System.nanoTime();

      assertThatThrownBy(
              () ->
                  qdrant.call(
                      qdrant.client().collectionExistsAsync("c", qdrant.timeout()), "checking c"))
          .isInstanceOf(StoreException.class)
          .hasMessage("Qdrant at silent did not answer within 300 ms while checking c");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void open_withAUrlThatIsNotHttpOrHttps_isAnInputError() {
    assertThatThrownBy(
            () ->
                QdrantConnection.open(
                    URI.create("ftp://qdrant:6334"), Secret.of(""), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The Qdrant URL");
  }

  @Test
  void open_https_withoutAPort_usesTls_onTheGrpcPort() {
    try (QdrantConnection qdrant =
        QdrantConnection.open(
            URI.create("https://qdrant.example.invalid"), Secret.of("k"), Duration.ofSeconds(1))) {
      assertThat(qdrant.toString()).isEqualTo("Qdrant at qdrant.example.invalid:6334");
    }
  }
}
