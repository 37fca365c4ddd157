package io.cloudops.jenkins.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.engines.CoreStoreProvider;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecords;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console API every host must answer alike (docs/console.md, The API): run against the CLI's
 * server and the Jenkins action over the same real embedded store, so the JSON shapes cannot drift
 * apart between the hosts.
 */
abstract class ConsoleApiContract {

  private static final Instant SCANNED = Instant.parse("2026-12-01T10:00:00Z");
  private static final ScanError DENIED =
      new ScanError(
          "123456789012", "us-east-1", "rds", "rds:instance", "AccessDenied", "not authorized");

  @TempDir Path home;

  protected FakeJenkins jenkins;
  protected CoreStoreProvider stores;
  protected StoreSettings storeSettings;

  /** One answer of the host under test. */
  protected record Answer(int status, JsonNode json) {}

  protected abstract void startHost() throws Exception;

  protected abstract Answer get(String path) throws Exception;

  protected abstract void stopHost() throws Exception;

  @BeforeEach
  void seedTheEstate() throws Exception {
    jenkins = new FakeJenkins(home).grant(ConsolePermissions.VIEW).grant(Jenkins.ADMINISTER);
    stores = new CoreStoreProvider();
    storeSettings = new Settings(jenkins).store(jenkins.configuration(), null);
    try (StoreProvider.OpenStores open = stores.open(storeSettings)) {
      open.estate().upsert(instance("i-0aaa", "shop-web-1", "prod"));
      open.estate().upsert(instance("i-0bbb", "shop-web-2", "dev"));
      open.estate()
          .upsert(
              AwsResource.builder()
                  .id("subnet-1")
                  .resourceType("ec2:subnet")
                  .service("ec2")
                  .name("shop-subnet")
                  .accountId("123456789012")
                  .region("eu-west-1")
                  .build());
      open.chat().append("ops", Message.user("which instances run shop?", Instant.EPOCH));
    }
    ScanRecords.in(storeSettings.dataDir())
        .merge(
            List.of(
                new ScanRecord("123456789012", "eu-west-1", SCANNED, 3, List.of()),
                new ScanRecord("123456789012", "us-east-1", SCANNED, 0, List.of(DENIED))));
    startHost();
  }

  @AfterEach
  void stop() throws Exception {
    stopHost();
  }

  private static AwsResource instance(String id, String name, String env) {
    return AwsResource.builder()
        .id(id)
        .resourceType("ec2:instance")
        .service("ec2")
        .name(name)
        .accountId("123456789012")
        .region("eu-west-1")
        .state("running")
        .tags(Map.of("env", env, "Name", name))
        .build();
  }

  @Test
  void resources_filteredByAFacet_listMatchesTotalAndFacetCounts() throws Exception {
    Answer answer = get("/api/resources?type=ec2:instance&env=prod");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("total").asInt()).isEqualTo(1);
    assertThat(answer.json().get("results").get(0).get("name").asText()).isEqualTo("shop-web-1");
    assertThat(answer.json().get("results").get(0).get("resource_type").asText())
        .isEqualTo("ec2:instance");
    JsonNode facets = answer.json().get("facets");
    assertThat(facets.get("type").get("ec2:instance").asInt()).isEqualTo(1);
    assertThat(facets.get("env").get("prod").asInt()).isEqualTo(1);
    assertThat(facets.get("env").get("dev").asInt()).isEqualTo(1);
    assertThat(fieldNames(facets)).contains("account", "region", "type", "state", "env");
  }

  @Test
  void resource_byId_hasItsKeyAndRelated() throws Exception {
    Answer answer = get("/api/resources/i-0aaa");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("key").asText()).isNotBlank();
    assertThat(answer.json().get("related").isArray()).isTrue();
  }

  @Test
  void unknownResource_is404WithOneLineError() throws Exception {
    Answer answer = get("/api/resources/i-nothere");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("error").asText()).contains("i-nothere").doesNotContain("\n");
  }

  @Test
  void conversations_listAndOpen() throws Exception {
    Answer list = get("/api/conversations");
    Answer one = get("/api/conversations/ops");

    assertThat(list.json().get("conversations").get(0).get("context_id").asText()).isEqualTo("ops");
    assertThat(one.json().get("messages").get(0).get("content").asText())
        .isEqualTo("which instances run shop?");
  }

  @Test
  void accounts_countTheEstateByAccountAndRegion_withTheLastScan() throws Exception {
    Answer answer = get("/api/accounts");

    assertThat(answer.json().get("profiles").isArray()).isTrue();
    JsonNode slice = answer.json().get("estate").get(0);
    assertThat(slice.get("account_id").asText()).isEqualTo("123456789012");
    assertThat(slice.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(slice.get("resources").asInt()).isEqualTo(3);
    assertThat(slice.get("last_scan").get("scanned_at").asText()).isEqualTo(SCANNED.toString());
    // a region whose scan failed is listed with its errors, though it holds no resources
    JsonNode failed = answer.json().get("estate").get(1);
    assertThat(failed.get("region").asText()).isEqualTo("us-east-1");
    assertThat(failed.get("resources").asInt()).isZero();
    assertThat(failed.get("last_scan").get("errors").get(0).get("error_code").asText())
        .isEqualTo("AccessDenied");
  }

  @Test
  void executions_areAList() throws Exception {
    Answer answer = get("/api/executions");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("executions").isArray()).isTrue();
  }

  @Test
  void unknownApi_is404() throws Exception {
    assertThat(get("/api/nothing").status()).isEqualTo(404);
  }

  protected static JsonNode json(String text) {
    return Json.read(text, JsonNode.class, "answer");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
