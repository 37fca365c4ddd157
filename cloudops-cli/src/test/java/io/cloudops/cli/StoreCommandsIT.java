package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search}, {@code estate} and {@code conversations} over a real store on disk. */
class StoreCommandsIT {

  @TempDir Path dataDir;

  private Map<String, String> env;

  @BeforeEach
  void seed() {
    env = Map.of("CLOUDOPS_DATA_DIR", dataDir.toString());
    List<AwsResource> resources = new ArrayList<>();
    for (String team : List.of("billing", "search", "identity")) {
      for (String envName : List.of("prod", "dev")) {
        String region = envName.equals("prod") ? "eu-west-1" : "us-west-2";
        resources.add(resource(team + "-" + envName + "-db", "rds:db-instance", "rds", region));
        resources.add(resource(team + "-" + envName + "-events", "sqs:queue", "sqs", region));
      }
    }
    CloudOpsSettings settings = CloudOpsSettings.builder().dataDir(dataDir).build();
    try (StoreHandle stores = Stores.open(settings, env, StoreAccess.READ_WRITE)) {
      stores.estate().bulkUpsert(resources);
      stores
          .chat()
          .append("conv-1", Message.user("how full is the billing database?", Instant.now()));
      stores.chat().append("conv-2", Message.user("purge the dead letter queue", Instant.now()));
    }
  }

  private static AwsResource resource(String name, String type, String service, String region) {
    return AwsResource.builder()
        .id(name)
        .name(name)
        .arn("arn:aws:" + service + ":" + region + ":111111111111:" + name)
        .resourceType(type)
        .service(service)
        .accountId("111111111111")
        .region(region)
        .state("available")
        .tag("team", name.substring(0, name.indexOf('-')))
        .build();
  }

  private CliRun run(String... args) {
    return CliRun.of(env, args);
  }

  @Test
  void search_json_listsHitsWithTheDocumentedFields_exactNameFirst() {
    CliRun run = run("search", "billing-prod-db", "--json", "--limit", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = Json.read(run.out(), JsonNode.class, "output").get("results");
    assertThat(results).hasSize(3);
    JsonNode first = results.get(0);
    assertThat(first.get("name").asText()).isEqualTo("billing-prod-db");
    for (String field :
        List.of("id", "arn", "name", "resource_type", "region", "account_id", "state", "score")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
  }

  @Test
  void search_filters_byTypeAndRegion() {
    CliRun run = run("--json", "search", "billing", "--type", "sqs:queue", "--region", "us-west-2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = Json.read(run.out(), JsonNode.class, "output").get("results");
    assertThat(results).isNotEmpty();
    results.forEach(
        r -> {
          assertThat(r.get("resource_type").asText()).isEqualTo("sqs:queue");
          assertThat(r.get("region").asText()).isEqualTo("us-west-2");
        });
    assertThat(results.get(0).get("name").asText()).isEqualTo("billing-dev-events");
  }

  @Test
  void estate_countListAndGet() {
    assertThat(run("estate", "count").out().strip()).isEqualTo("12");
    assertThat(run("estate", "count", "--type", "rds:db-instance").out().strip()).isEqualTo("6");

    CliRun list = run("estate", "list", "--region", "eu-west-1", "--json");
    JsonNode resources = Json.read(list.out(), JsonNode.class, "output").get("resources");
    assertThat(resources).hasSize(6);
    resources.forEach(r -> assertThat(r.get("region").asText()).isEqualTo("eu-west-1"));

    CliRun get = run("estate", "get", "search-dev-db");
    assertThat(get.exitCode()).isZero();
    assertThat(Json.read(get.out(), AwsResource.class, "output").name()).isEqualTo("search-dev-db");
  }

  @Test
  void estate_getUnknown_exits1_withOneLine() {
    CliRun run = run("estate", "get", "i-nothere");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("i-nothere").contains("cloudops search");
  }

  @Test
  void estate_badTag_exits2() {
    CliRun run = run("estate", "list", "--tag", "nonsense");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("KEY=VALUE");
  }

  @Test
  void conversations_listShowSearchDelete() {
    JsonNode list =
        Json.read(run("conversations", "list", "--json").out(), JsonNode.class, "output");
    assertThat(list.get("conversations")).hasSize(2);

    CliRun show = run("conversations", "show", "conv-1", "--json");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("how full is the billing database?");

    JsonNode found =
        Json.read(
            run("conversations", "search", "dead", "letter", "queue", "--json").out(),
            JsonNode.class,
            "output");
    assertThat(found.get("conversations").get(0).get("context_id").asText()).isEqualTo("conv-2");

    assertThat(run("conversations", "delete", "conv-2").exitCode()).isZero();
    assertThat(run("conversations", "delete", "conv-2").exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run("conversations", "list").out()).contains("conv-1").doesNotContain("conv-2");
  }

  @Test
  void estate_rotateKey_replacesTheKeyFile_andTheStoreStillReads() throws Exception {
    String before = Files.readString(dataDir.resolve("key"));

    CliRun rotate = run("estate", "rotate-key", "--json");

    assertThat(rotate.exitCode()).as(rotate.err()).isZero();
    assertThat(Json.read(rotate.out(), JsonNode.class, "output").get("records").asInt())
        .isEqualTo(14);
    assertThat(Files.readString(dataDir.resolve("key"))).isNotEqualTo(before);
    assertThat(run("conversations", "show", "conv-1").out())
        .contains("how full is the billing database?");
  }

  @Test
  void wrongKey_exits1_withOneLineSayingWhatToDo() {
    CliRun run =
        CliRun.of(
            Map.of(
                "CLOUDOPS_DATA_DIR",
                dataDir.toString(),
                "CLOUDOPS_KEY",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
            "estate",
            "count");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("does not open the store").contains("CLOUDOPS_KEY");
  }
}
