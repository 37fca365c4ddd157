package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link EstateStore} backend passes (embedded Lucene now, Qdrant later): a
 * subclass only says how to open a store on a directory. Public so backends in other packages can
 * extend it. Runs with the real embedding model.
 */
public abstract class AbstractEstateStoreContractTest {

  @TempDir Path dataDir;

  private StoreHandle handle;
  private EstateStore store;

  /** Opens (or reopens) the backend's stores for this data dir, read-write. */
  protected abstract StoreHandle open(Path dataDir);

  private EstateStore reopenHandle() {
    handle = open(dataDir);
    store = handle.estate();
    return store;
  }

  @BeforeEach
  void openStore() {
    reopenHandle();
  }

  @AfterEach
  void closeStore() {
    handle.close();
  }

  private EstateStore reopen() {
    handle.close();
    return reopenHandle();
  }

  private static AwsResource named(String name) {
    return LabelledEstate.resources().stream()
        .filter(r -> name.equals(r.name()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void upsert_thenGet_byKeyArnOrId_returnsTheResourceWithItsProperties() {
    AwsResource db = named("billing-prod-db");

    store.upsert(db);

    assertThat(store.get(db.key())).contains(db);
    assertThat(store.get(db.arn())).contains(db);
    assertThat(store.get(db.id())).contains(db);
    assertThat(store.get(db.key()).orElseThrow().properties().get("engine").asText())
        .isEqualTo("postgres");
    assertThat(store.get("no-such-thing")).isEmpty();
  }

  @Test
  void bulkUpsert_countsAddedChangedAndUnchanged() {
    List<AwsResource> estate = LabelledEstate.resources();
    assertThat(store.bulkUpsert(estate)).isEqualTo(new UpsertSummary(estate.size(), 0, 0));

    AwsResource stopped = estate.get(0).toBuilder().state("stopped-by-test").build();
    AwsResource brandNew = estate.get(2).toBuilder().id("brand-new").arn(null).build();
    UpsertSummary second = store.bulkUpsert(List.of(stopped, estate.get(1), brandNew));

    assertThat(second).isEqualTo(new UpsertSummary(1, 1, 1));
    assertThat(store.count()).isEqualTo(estate.size() + 1);
    assertThat(store.get(stopped.key()).orElseThrow().state()).isEqualTo("stopped-by-test");
  }

  @Test
  void bulkUpsert_ofUnchangedContent_movesItsLastScannedTime_toTheNanosecond() {
    AwsResource db = named("billing-prod-db");
    Instant first = Instant.parse("2026-11-30T08:00:00.123456789Z");
    Instant second = Instant.parse("2026-12-01T08:00:00.987654321Z");
    store.bulkUpsert(List.of(db.withLastScanned(first), named("billing-dev-db")));

    UpsertSummary rescan = store.bulkUpsert(List.of(db.withLastScanned(second)));

    assertThat(rescan).isEqualTo(new UpsertSummary(0, 0, 1));
    assertThat(store.get(db.key()).orElseThrow().lastScanned()).isEqualTo(second);
    assertThat(store.list(ResourceFilter.any()))
        .filteredOn(r -> r.key().equals(db.key()))
        .extracting(AwsResource::lastScanned)
        .containsExactly(second);
    assertThat(store.search("billing-prod-db", ResourceFilter.any(), 1))
        .extracting(hit -> hit.resource().lastScanned())
        .containsExactly(second);
    assertThat(reopen().get(db.key()).orElseThrow().lastScanned()).isEqualTo(second);

    store.bulkUpsert(List.of(db));
    assertThat(store.get(db.key()).orElseThrow()).isEqualTo(db);
  }

  @Test
  void committedResources_surviveReopening() {
    List<AwsResource> estate = LabelledEstate.resources();
    store.bulkUpsert(estate);

    EstateStore reopened = reopen();

    assertThat(reopened.count()).isEqualTo(estate.size());
    AwsResource any = estate.get(42);
    assertThat(reopened.get(any.key())).contains(any);
  }

  @Test
  void list_count_andKeys_followTheFilter() {
    store.bulkUpsert(LabelledEstate.resources());
    ResourceFilter prodDatabases =
        ResourceFilter.byAccount("111111111111").withResourceTypes(Set.of("rds:db-instance"));

    List<AwsResource> listed = store.list(prodDatabases);

    assertThat(listed).hasSize(LabelledEstate.TEAMS.size());
    assertThat(listed)
        .allMatch(r -> r.resourceType().equals("rds:db-instance"))
        .allMatch(r -> r.accountId().equals("111111111111"));
    assertThat(listed).extracting(AwsResource::key).isSorted();
    assertThat(store.count(prodDatabases)).isEqualTo(listed.size());
    assertThat(store.keys(prodDatabases))
        .containsExactlyElementsOf(listed.stream().map(AwsResource::key).toList());
    assertThat(store.byRegion("us-west-2")).allMatch(r -> r.region().equals("us-west-2"));
    assertThat(store.byAccount("222222222222")).hasSize(70);
    assertThat(store.list(ResourceFilter.any().withTags(Map.of("team", "billing", "env", "dev"))))
        .hasSize(10)
        .allMatch(r -> r.name().startsWith("billing-dev-"));
    assertThat(store.list(ResourceFilter.any().withStates(Set.of("stopped"))))
        .hasSize(LabelledEstate.TEAMS.size())
        .allMatch(r -> r.resourceType().equals("ec2:instance"));
  }

  @Test
  void contentHashes_followTheFilter_andMatchTheStoredResources() {
    List<AwsResource> estate = LabelledEstate.resources();
    store.bulkUpsert(estate);
    ResourceFilter prodDatabases =
        ResourceFilter.byType("rds:db-instance").withTags(Map.of("env", "prod"));

    Map<String, String> hashes = store.contentHashes(prodDatabases);

    assertThat(hashes).isNotEmpty();
    assertThat(hashes.keySet()).containsExactlyElementsOf(store.keys(prodDatabases));
    for (AwsResource stored : store.list(prodDatabases)) {
      assertThat(hashes).containsEntry(stored.key(), stored.contentHash());
    }
  }

  @Test
  void delete_andDeleteAll_tombstoneByKey() {
    List<AwsResource> estate = LabelledEstate.resources();
    store.bulkUpsert(estate);

    assertThat(store.delete(estate.get(0).key())).isTrue();
    assertThat(store.delete(estate.get(0).key())).isFalse();
    int removed =
        store.deleteAll(List.of(estate.get(1).key(), estate.get(2).key(), "arn:aws:none:::x"));

    assertThat(removed).isEqualTo(2);
    assertThat(reopen().count()).isEqualTo(estate.size() - 3);
    assertThat(store.get(estate.get(1).key())).isEmpty();
  }

  @Test
  void search_exactId_arnOrName_ranksThatResourceFirst() {
    store.bulkUpsert(LabelledEstate.resources());
    AwsResource instance = named("payments-staging-api");
    AwsResource queue = named("search-dev-events");

    for (String query : List.of(instance.id(), instance.arn(), "payments-staging-api")) {
      List<SearchHit> hits = store.search(query, ResourceFilter.any(), 5);
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).resource().key()).as(query).isEqualTo(instance.key());
      assertThat(hits.get(0).match()).isEqualTo(SearchHit.MatchKind.EXACT);
    }
    List<SearchHit> inSentence =
        store.search("what sends to search-dev-events?", ResourceFilter.any(), 5);
    assertThat(inSentence.get(0).resource().key()).isEqualTo(queue.key());
  }

  @Test
  void search_idPrefix_findsThatInstanceFirst() {
    store.bulkUpsert(LabelledEstate.resources());
    AwsResource instance = named("identity-prod-api");

    List<SearchHit> hits =
        store.search(instance.id().substring(0, 9) + "\u2026", ResourceFilter.any(), 5);

    assertThat(hits.get(0).resource().key()).isEqualTo(instance.key());
    assertThat(hits.get(0).match()).isEqualTo(SearchHit.MatchKind.PREFIX);
  }

  @Test
  void search_naturalLanguage_findsTheBillingProdDatabase() {
    store.bulkUpsert(LabelledEstate.resources());

    List<SearchHit> hits =
        store.search("Which database is the billing prod one?", ResourceFilter.any(), 5);

    assertThat(hits).extracting(h -> h.resource().name()).contains("billing-prod-db");
    assertThat(hits)
        .extracting(SearchHit::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void search_withFilter_returnsOnlyAcceptedResources() {
    store.bulkUpsert(LabelledEstate.resources());
    ResourceFilter staging =
        ResourceFilter.byRegion("us-east-1").withResourceTypes(Set.of("sqs:queue"));

    List<SearchHit> hits = store.search("billing events", staging, 10);

    assertThat(hits)
        .isNotEmpty()
        .allMatch(h -> h.resource().region().equals("us-east-1"))
        .allMatch(h -> h.resource().resourceType().equals("sqs:queue"));
    assertThat(hits.get(0).resource().name()).isEqualTo("billing-staging-events");
    assertThat(store.search(named("billing-prod-db").id(), staging, 10))
        .noneMatch(h -> h.resource().name().equals("billing-prod-db"));
  }

  @Test
  void search_blankQueryOrEmptyStore_findsNothing() {
    assertThat(store.search("database", ResourceFilter.any(), 5)).isEmpty();
    store.upsert(named("billing-prod-db"));
    assertThat(store.search("   ", ResourceFilter.any(), 5)).isEmpty();
    assertThat(store.search("database", ResourceFilter.any(), 0)).isEmpty();
  }
}
