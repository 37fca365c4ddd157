package io.cloudops.ask;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.EnrichedRequest;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.UserContext;
import io.cloudops.store.EmbeddedStores;
import io.cloudops.store.lucene.LuceneStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request enrichment over the real embedded store and the real embedding model. */
class EnrichmentTest {

  @TempDir Path dataDir;

  private LuceneStores stores;

  @BeforeEach
  void seed() {
    stores = EmbeddedStores.open(dataDir);
    List<AwsResource> resources = new ArrayList<>();
    for (String team : List.of("billing", "search", "identity", "payments")) {
      for (String env : List.of("prod", "staging", "dev")) {
        resources.add(
            AwsResource.builder()
                .id(team + "-" + env + "-db")
                .name(team + "-" + env + "-db")
                .arn("arn:aws:rds:eu-west-1:111111111111:db:" + team + "-" + env + "-db")
                .resourceType("rds:db-instance")
                .service("rds")
                .accountId("111111111111")
                .region("eu-west-1")
                .tag("env", env)
                .tag("team", team)
                .property("engine", "postgres")
                .property("notes", "x".repeat(2000))
                .build());
      }
    }
    stores.estate().bulkUpsert(resources);
  }

  @AfterEach
  void close() {
    stores.close();
  }

  private AskService service(AskOptions options) {
    return new AskService(stores.estate(), stores.chat(), null, options, Clock.systemUTC());
  }

  @Test
  void mentionedName_comesFirst_withFullMetadata() {
    EnrichedRequest request =
        service(AskOptions.DEFAULTS)
            .buildRequest(
                "ctx", "is identity-dev-db still used?", UserContext.cli(), ResourceFilter.any());

    AwsResource first = request.identifiedResources().get(0);
    assertThat(first.id()).isEqualTo("identity-dev-db");
    assertThat(first.tags()).containsEntry("team", "identity");
    assertThat(first.properties().get("engine").asText()).isEqualTo("postgres");
  }

  @Test
  void resources_stayWithinCountAndByteBudget() {
    AskOptions tight =
        new AskOptions(
            3,
            5000,
            10,
            5,
            32768,
            1 << 20,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            1);

    EnrichedRequest request =
        service(tight)
            .buildRequest(
                "ctx", "which billing databases exist", UserContext.cli(), ResourceFilter.any());

    assertThat(request.identifiedResources()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    int bytes =
        request.identifiedResources().stream()
            .mapToInt(r -> Json.write(r).getBytes(StandardCharsets.UTF_8).length)
            .sum();
    assertThat(bytes).isLessThanOrEqualTo(5000);
  }

  @Test
  void history_keepsTheRecentMessages_andOlderRelevantOnes_inOrder() {
    Instant t = Instant.parse("2026-11-01T00:00:00Z");
    stores.chat().append("ctx", Message.user("the payments-prod-db failover plan", t));
    for (int i = 1; i <= 30; i++) {
      stores.chat().append("ctx", Message.user("unrelated chatter number " + i, t.plusSeconds(i)));
    }
    AskOptions options =
        new AskOptions(
            10,
            65536,
            5,
            2,
            32768,
            1 << 20,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            1);

    List<Message> history =
        service(options)
            .buildRequest(
                "ctx",
                "continue the payments-prod-db failover",
                UserContext.cli(),
                ResourceFilter.any())
            .chatHistory();

    assertThat(history).hasSize(6);
    assertThat(history.get(0).content()).contains("failover plan");
    assertThat(history.get(5).content()).isEqualTo("unrelated chatter number 30");
  }
}
