package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.config.StoreKind;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.SemanticSearchNotice;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider over the real embedded store. */
class CoreStoreProviderTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

  @TempDir Path home;

  private StoreSettings settings() {
    return new StoreSettings(
        StoreKind.EMBEDDED,
        home.resolve("cloudops"),
        Optional.empty(),
        Optional.empty(),
        Optional.of(Secret.of(KEY)));
  }

  private static AwsResource instance(String id) {
    return AwsResource.builder()
        .id(id)
        .resourceType("ec2:instance")
        .service("ec2")
        .name(id)
        .accountId("123456789012")
        .region("eu-west-1")
        .build();
  }

  @Test
  void withTheEmbeddingsOnTheClassLoader_theStoreSearchesByMeaning_andNoNoticeIsShown()
      throws Exception {
    CoreStoreProvider provider = new CoreStoreProvider();

    assertThat(provider.semanticSearch()).isTrue();
    assertThat(SemanticSearchNotice.of(provider.semanticSearch())).isEmpty();
    assertThat(new CloudOpsGlobalConfiguration().getSemanticSearchNotice()).isNull();
    try (StoreProvider.OpenStores stores = provider.open(settings())) {
      stores.estate().bulkUpsert(List.of(instance("build-agent-7"), instance("payroll-ledger")));
      // no word of the query is in either resource: only the vectors can rank them
      assertThat(stores.estate().search("salaries", ResourceFilter.any(), 2))
          .extracting(hit -> hit.resource().name())
          .first()
          .isEqualTo("payroll-ledger");
    }
  }

  @Test
  void withoutTheEmbeddings_theNoticeSaysWhatToInstall() {
    assertThat(SemanticSearchNotice.of(false))
        .contains(
            "semantic search is off: install the CloudOps Embeddings plugin;"
                + " search is exact + keyword (BM25)");
  }

  @Test
  void concurrentSteps_shareOneHandle_insteadOfFailingWithStoreInUse() {
    CoreStoreProvider provider = new CoreStoreProvider();

    try (StoreProvider.OpenStores first = provider.open(settings());
        StoreProvider.OpenStores second = provider.open(settings())) {
      first.estate().upsert(instance("i-first"));
      second.estate().upsert(instance("i-second"));

      assertThat(provider.openHandles()).isEqualTo(1);
      assertThat(first.estate().get("i-second")).isPresent();
      assertThat(second.estate().get("i-first")).isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(provider.openHandles()).isZero();
  }

  @Test
  void theHandleStaysOpen_untilTheLastStepCloses_andReopensAfterwards() throws Exception {
    CoreStoreProvider provider = new CoreStoreProvider();
    StoreProvider.OpenStores first = provider.open(settings());
    StoreProvider.OpenStores second = provider.open(settings());

    first.close();
    first.close();
    second.estate().upsert(instance("i-after"));
    assertThat(provider.openHandles()).isEqualTo(1);
    second.close();
    assertThat(provider.openHandles()).isZero();

    try (StoreProvider.OpenStores again = provider.open(settings())) {
      assertThat(again.estate().get("i-after")).isPresent();
    }
  }

  @Test
  void theKeyGoesToTheCoreInMemory_andNoKeyFileIsWritten() throws Exception {
    CoreStoreProvider provider = new CoreStoreProvider();
    try (StoreProvider.OpenStores stores = provider.open(settings())) {
      stores.estate().upsert(instance("i-keyed"));
    }

    try (StoreProvider.OpenStores reopened = new CoreStoreProvider().open(settings())) {
      assertThat(reopened.estate().get("i-keyed")).isPresent();
    }
    assertThat(home.resolve("cloudops").resolve(KeyFiles.KEY_FILE)).doesNotExist();
  }
}
