package io.cloudops.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.AwsResource;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's view over a real embedded store. */
class EstateIndexTest {

  @TempDir Path dataDir;

  private StoreHandle stores;
  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private EstateIndex index;

  @BeforeEach
  void seed() {
    stores =
        Stores.open(
            CloudOpsSettings.builder().dataDir(dataDir).build(), Map.of(), StoreAccess.READ_WRITE);
    stores
        .estate()
        .bulkUpsert(
            List.of(
                resource("vpc-1", "ec2:vpc", "prod", "available").build(),
                resource("subnet-1", "ec2:subnet", "prod", "available")
                    .relate("vpc", "vpc-1")
                    .build(),
                resource("i-1", "ec2:instance", "prod", "running")
                    .relate("subnet", "subnet-1")
                    .relate("vpc", "vpc-1")
                    .relate("volumes", "vol-gone")
                    .build(),
                resource("i-2", "ec2:instance", "dev", "stopped").build(),
                resource("q-1", "sqs:queue", "dev", null).build(),
                resource("q-2", "sqs:queue", null, null).build()));
    Clock clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }
        };
    index = new EstateIndex(stores.estate(), clock, Duration.ofSeconds(30), Runnable::run);
  }

  @AfterEach
  void close() {
    stores.close();
  }

  private static AwsResource.Builder resource(String id, String type, String env, String state) {
    AwsResource.Builder b =
        AwsResource.builder()
            .id(id)
            .name(id)
            .resourceType(type)
            .service(type.substring(0, type.indexOf(':')))
            .accountId("111111111111")
            .region("eu-west-1")
            .state(state);
    return env == null ? b : b.tag("env", env);
  }

  private ResourcePage query(String query) {
    return index.query(ResourceQuery.parse(QueryParameters.parse(query)));
  }

  @Test
  void query_withoutSelections_countsEveryFacetValue() {
    ResourcePage page = query("");

    assertThat(page.total()).isEqualTo(6);
    assertThat(page.facets().keySet()).containsExactly("account", "region", "type", "state", "env");
    assertThat(page.facets().get("type"))
        .isEqualTo(Map.of("ec2:instance", 2L, "ec2:subnet", 1L, "ec2:vpc", 1L, "sqs:queue", 2L));
    assertThat(page.facets().get("env")).isEqualTo(Map.of("prod", 3L, "dev", 2L));
  }

  @Test
  void query_eachFacetCountsWhatTheOtherSelectionsLeave() {
    ResourcePage page = query("type=ec2:instance&env=dev");

    assertThat(page.results()).extracting(ResourceSummary::id).containsExactly("i-2");
    assertThat(page.facets().get("type")).isEqualTo(Map.of("ec2:instance", 1L, "sqs:queue", 1L));
    assertThat(page.facets().get("env")).isEqualTo(Map.of("prod", 1L, "dev", 1L));
  }

  @Test
  void query_aSelectedFacetTheResourceLacks_excludesIt() {
    assertThat(query("state=running").results())
        .extracting(ResourceSummary::id)
        .containsExactly("i-1");
    assertThat(query("env=dev&type=sqs:queue").results())
        .extracting(ResourceSummary::id)
        .containsExactly("q-1");
  }

  @Test
  void query_pages_withTheTotalOfAllMatches() {
    ResourcePage all = query("limit=500");
    ResourcePage second = query("offset=2&limit=2");

    assertThat(second.total()).isEqualTo(6);
    assertThat(second.results()).isEqualTo(all.results().subList(2, 4));
    assertThat(query("offset=10").results()).isEmpty();
  }

  @Test
  void query_text_anExactMatchShowsOnlyIt_otherTextTheHybridHits() {
    assertThat(query("q=i-2").results()).extracting(ResourceSummary::id).containsExactly("i-2");
    assertThat(query("q=queue").total()).isGreaterThan(1);
    assertThat(query("q=i-2&env=prod").results())
        .extracting(ResourceSummary::id)
        .doesNotContain("i-2");
  }

  @Test
  void related_listsTheNeighboursBothWays_andThoseNotInTheEstate() {
    ResourceSummary subnet = index.find("subnet-1").orElseThrow();

    List<RelatedResource> related = RelatedResource.of(subnet, index);

    assertThat(related)
        .extracting(r -> r.relation() + " " + r.direction() + " " + r.resource().id())
        .containsExactlyInAnyOrder("vpc out vpc-1", "subnet in i-1");
    List<RelatedResource> ofInstance = RelatedResource.of(index.find("i-1").orElseThrow(), index);
    assertThat(ofInstance)
        .filteredOn(r -> r.relation().equals("volumes"))
        .singleElement()
        .satisfies(r -> assertThat(r.resource()).isNull())
        .satisfies(r -> assertThat(r.ref()).isEqualTo("vol-gone"));
  }

  @Test
  void index_readsTheStoreAgain_onlyWhenOlderThanItsMaximumAge() {
    assertThat(query("").total()).isEqualTo(6);
    stores.estate().upsert(resource("q-3", "sqs:queue", "dev", null).build());

    now = now.plusSeconds(10);
    assertThat(query("").total()).isEqualTo(6);
    now = now.plusSeconds(31);
    assertThat(query("").total()).isEqualTo(7); // reloaded in place: the executor runs inline
  }
}
