package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The console's JSON API, served by a real {@code cloudops console} over a scanned moto estate. */
@ExtendWith(MotoExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleCommandIT {

  private ConsoleEstate console;

  @BeforeAll
  void startConsole(MotoServer moto, @TempDir Path dir) throws Exception {
    console = ConsoleEstate.scanned(moto, dir).start();
  }

  @AfterAll
  void stopConsole() throws Exception {
    console.close();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = console.api("GET", path, null);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return Json.read(response.body(), JsonNode.class, "response");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.get("results").forEach(r -> names.add(r.path("name").asText(r.get("id").asText())));
    return names;
  }

  @Test
  void resources_listTheScannedEstate_withFacetCounts() throws Exception {
    JsonNode page = get("api/resources");

    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(5);
    JsonNode facets = page.get("facets");
    assertThat(facets.get("type").get("ec2:instance").asLong()).isEqualTo(1);
    assertThat(facets.get("type").get("sqs:queue").asLong()).isEqualTo(2);
    assertThat(facets.get("env").get("dev").asLong()).isEqualTo(1);
    assertThat(facets.get("region").get("us-east-1").asLong()).isPositive();
    assertThat(facets.get("account").get(MotoServer.DEFAULT_ACCOUNT_ID).asLong())
        .isEqualTo(page.get("total").asLong());
  }

  @Test
  void resources_facetSelections_narrowTheList_andOtherFacetsKeepTheirAlternatives()
      throws Exception {
    JsonNode queues = get("api/resources?type=sqs:queue");
    assertThat(queues.get("total").asLong()).isEqualTo(2);
    assertThat(names(queues)).containsExactlyInAnyOrder("shop-orders", "shop-orders-dev");
    assertThat(queues.get("facets").get("type").get("ec2:instance").asLong()).isEqualTo(1);

    JsonNode devQueues = get("api/resources?type=sqs:queue&env=dev");
    assertThat(names(devQueues)).containsExactly("shop-orders-dev");

    JsonNode byTag = get("api/resources?tag=" + encode("Name=shop-web-1"));
    assertThat(byTag.get("results").get(0).get("id").asText()).isEqualTo(console.instanceId);
    assertThat(byTag.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void resources_textSearch_anExactNameShowsOnlyThatResource_wordsShowTheHybridHits()
      throws Exception {
    JsonNode exact = get("api/resources?q=shop-web-1");
    assertThat(exact.get("total").asLong()).isEqualTo(1);
    assertThat(exact.get("results").get(0).get("id").asText()).isEqualTo(console.instanceId);

    JsonNode words = get("api/resources?q=" + encode("orders queue") + "&type=sqs:queue");
    assertThat(names(words)).containsExactlyInAnyOrder("shop-orders", "shop-orders-dev");
  }

  @Test
  void resources_pages_andRejectBadPagingWithOneLine() throws Exception {
    JsonNode all = get("api/resources?limit=500");
    JsonNode second = get("api/resources?offset=1&limit=1");

    assertThat(second.get("results")).hasSize(1);
    assertThat(second.get("total")).isEqualTo(all.get("total"));
    assertThat(second.get("results").get(0)).isEqualTo(all.get("results").get(1));
    HttpResponse<String> bad = console.api("GET", "api/resources?limit=0", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Json.read(bad.body(), JsonNode.class, "error").get("error").asText())
        .contains("limit")
        .doesNotContain("\n");
  }

  @Test
  void resource_details_relateTheInstanceToItsSubnetAndVpc_andBack() throws Exception {
    JsonNode instance = get("api/resources/" + encode(console.instanceId));

    assertThat(instance.get("id").asText()).isEqualTo(console.instanceId);
    assertThat(instance.get("tags").get("env").asText()).isEqualTo("prod");
    assertThat(related(instance, "out"))
        .contains("subnet=" + console.subnetId, "vpc=" + console.vpcId);

    JsonNode subnet = get("api/resources/" + encode(console.subnetId));
    assertThat(related(subnet, "out")).contains("vpc=" + console.vpcId);
    assertThat(related(subnet, "in")).contains("subnet=" + console.instanceId);
  }

  private static List<String> related(JsonNode resource, String direction) {
    List<String> found = new ArrayList<>();
    for (JsonNode n : resource.get("related")) {
      if (n.get("direction").asText().equals(direction) && n.has("resource")) {
        found.add(n.get("relation").asText() + "=" + n.get("resource").get("id").asText());
      }
    }
    return found;
  }

  @Test
  void resource_unknown_is404() throws Exception {
    assertThat(console.api("GET", "api/resources/i-0000000000nothing", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void conversations_listSearchAndOpen() throws Exception {
    JsonNode all = get("api/conversations");
    assertThat(all.get("conversations").findValuesAsText("context_id"))
        .contains("billing-review", "night-shift");

    JsonNode found = get("api/conversations?q=" + encode("shop orders queues"));
    assertThat(found.get("conversations").get(0).get("context_id").asText())
        .isEqualTo("billing-review");

    JsonNode opened = get("api/conversations/billing-review");
    assertThat(opened.get("messages")).hasSize(2);
    assertThat(opened.get("messages").get(1).get("content").asText()).contains("shop-orders");
  }

  @Test
  void conversation_delete_needsTheHeader_thenRemovesIt() throws Exception {
    HttpResponse<String> withoutHeader =
        ConsoleEstate.send(
            console
                .request("api/conversations/night-shift")
                .header("Authorization", "Bearer " + console.token)
                .DELETE());
    assertThat(withoutHeader.statusCode()).isEqualTo(403);
    assertThat(get("api/conversations/night-shift").get("messages")).hasSize(1);

    assertThat(console.api("DELETE", "api/conversations/night-shift", null).statusCode())
        .isEqualTo(200);
    assertThat(console.api("GET", "api/conversations/night-shift", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void executions_listTheHistory_andStreamARunningExecutionAsItIsWritten() throws Exception {
    ExecutionHistory history = console.history();
    String id = "exec-console-1";
    HistoryOwner.recordRunning(history, id, "billing-review");

    JsonNode running = get("api/executions?status=running");
    assertThat(running.get("executions").findValuesAsText("id")).containsExactly(id);
    assertThat(running.get("executions").get(0).get("requested_by").asText()).isEqualTo("alice");

    HttpResponse<Stream<String>> events =
        ConsoleEstate.HTTP.send(
            console
                .request("api/executions/" + id + "/events")
                .header("Authorization", "Bearer " + console.token)
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    Iterator<String> lines = events.body().iterator();
    assertThat(next(lines, "data: {\"status\":\"Running\"")).isNotNull();
    // a line the engine emits while the step runs arrives before the step's result
    history.live().append(id, "s1", "queue shop-orders (live)");
    assertThat(next(lines, "event: line")).isNotNull();
    assertThat(next(lines, "data: {\"step_id\":\"s1\"")).contains("queue shop-orders (live)");

    history.step(
        id,
        new StepResult(
            "s1",
            ExecutionStatus.SUCCESS,
            List.of("aws", "sqs", "list-queues"),
            0,
            "queue shop-orders\n",
            null,
            null,
            Instant.now(),
            Instant.now()));
    assertThat(next(lines, "data: {\"step_id\":\"s1\"")).contains("queue shop-orders");
    history.transition(id, new StatusTransition(ExecutionStatus.SUCCESS, Instant.now(), null));
    assertThat(next(lines, "event: end")).isNotNull();
    assertThat(get("api/executions/" + id).get("steps")).hasSize(1);
  }

  @Test
  void cancel_stopsTheProcessRunningTheExecution_onlyAsAPostWithTheHeader() throws Exception {
    String id = "exec-console-cancel";
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            HistoryOwner.class.getName(),
            console.dataDir.toString(),
            id);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(console.env);
    Process owner = builder.start();
    try {
      String ready =
          new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      assertThat(ready).as("the owner's first line").startsWith("running " + id);
      long childPid = Long.parseLong(ready.substring(ready.lastIndexOf(' ') + 1));

      HttpResponse<String> withoutHeader =
          ConsoleEstate.send(
              console
                  .request("api/executions/" + id + "/cancel")
                  .header("Authorization", "Bearer " + console.token)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      HttpResponse<String> asGet =
          ConsoleEstate.send(
              console
                  .request("api/executions/" + id + "/cancel")
                  .header("Authorization", "Bearer " + console.token));
      assertThat(withoutHeader.statusCode()).isEqualTo(403);
      assertThat(asGet.statusCode()).isEqualTo(404);
      assertThat(owner.isAlive()).isTrue();

      HttpResponse<String> cancelled =
          console.api("POST", "api/executions/" + id + "/cancel", "{}");

      assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
      assertThat(Json.mapper().readTree(cancelled.body()).get("pid").asLong())
          .isEqualTo(owner.pid());
      assertThat(owner.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).isEmpty();
      JsonNode record = get("api/executions/" + id);
      assertThat(record.get("transitions").findValuesAsText("status")).contains("Cancelled");
      assertThat(console.api("POST", "api/executions/" + id + "/cancel", "{}").statusCode())
          .isEqualTo(409);
    } finally {
      owner.destroyForcibly();
    }
  }

  /** The next line starting with the prefix, within 20 s. */
  private static String next(Iterator<String> lines, String prefix) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith(prefix)) {
                  return line;
                }
              }
              throw new AssertionError("the stream ended before " + prefix);
            })
        .get(20, TimeUnit.SECONDS);
  }

  @Test
  void accounts_listTheProfiles_andTheEstatePerRegion_andCheckReportsTheMotoIdentity()
      throws Exception {
    JsonNode accounts = get("api/accounts");
    assertThat(accounts.get("profiles").findValuesAsText("")).isEmpty();
    assertThat(accounts.get("profiles").get(0).asText()).isEqualTo("moto");
    JsonNode slice = accounts.get("estate").get(0);
    assertThat(slice.get("account_id").asText()).isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);
    assertThat(slice.get("resources").asLong())
        .isEqualTo(
            get("api/resources?region=" + slice.get("region").asText()).get("total").asLong());
    assertThat(slice.has("last_scanned")).isTrue();

    HttpResponse<String> check =
        console.api("POST", "api/accounts/check", "{\"profile\":\"moto\"}");
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    assertThat(Json.read(check.body(), JsonNode.class, "check").get("account_id").asText())
        .isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);

    HttpResponse<String> unknown =
        console.api("POST", "api/accounts/check", "{\"profile\":\"nobody\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void ask_withoutAPlanningServer_saysHowToConfigureIt() throws Exception {
    HttpResponse<String> answer = console.api("POST", "api/ask", "{\"prompt\":\"hello\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("CLOUDOPS_SERVER_URL");
  }
}
