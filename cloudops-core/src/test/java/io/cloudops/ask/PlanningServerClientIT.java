package io.cloudops.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.Secret;
import io.cloudops.ask.ScriptedPlanningServer.Reply;
import io.cloudops.model.EnrichedRequest;
import io.cloudops.model.ResponseType;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.UserContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planning-server client against a real HTTP server on loopback. */
class PlanningServerClientIT {

  private static final String TOKEN = "tok-9f8e7d6c5b4a";
  private static final String INFO =
      "{\"response_type\":\"Information\",\"content\":\"ok\",\"requires_approval\":false}";
  private static final EnrichedRequest REQUEST =
      new EnrichedRequest("How many buckets?", "ctx-1", List.of(), List.of(), UserContext.cli());

  private static AskOptions fast() {
    return new AskOptions(
        10,
        65536,
        10,
        5,
        32768,
        1024 * 1024,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        4);
  }

  private static PlanningServerClient client(ScriptedPlanningServer server, AskOptions options) {
    return new PlanningServerClient(
        ServerEndpoint.of(server.baseUri("/cloudops")), Secret.of(TOKEN), options);
  }

  @Test
  void send_postsToThePrefixedPath_withHeaders_andTheRequestJson() throws Exception {
    try (ScriptedPlanningServer server = new ScriptedPlanningServer(Reply.ok(INFO))) {
      ServerResponse response = client(server, fast()).send(REQUEST);

      assertThat(response.responseType()).isEqualTo(ResponseType.INFORMATION);
      ScriptedPlanningServer.Received got = server.received().get(0);
      assertThat(got.path()).isEqualTo("/cloudops/v1/ask");
      assertThat(got.header("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(got.header("Content-Type")).isEqualTo("application/json");
      assertThat(got.header("User-Agent")).startsWith("cloudops/");
      assertThat(got.header("Idempotency-Key")).matches("[0-9a-f-]{36}");
      assertThat(got.body())
          .contains("\"prompt\":\"How many buckets?\"", "\"context_id\":\"ctx-1\"")
          .contains("\"identified_resources\":[]", "\"chat_history\":[]")
          .contains("\"source\":\"cli\"");
    }
  }

  @Test
  void awsKeysInThePrompt_neverReachTheServer() throws Exception {
    String accessKey = "AKIAIOSFODNN7EXAMPLE";
    String secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    EnrichedRequest leaky =
        new EnrichedRequest(
            "rotate " + accessKey + " with secret " + secretKey,
            "ctx-1",
            List.of(),
            List.of(),
            UserContext.cli());
    try (ScriptedPlanningServer server = new ScriptedPlanningServer(Reply.ok(INFO))) {
      client(server, fast()).send(leaky);

      assertThat(server.received().get(0).body())
          .contains("rotate **** with secret ****")
          .doesNotContain(accessKey)
          .doesNotContain(secretKey);
    }
  }

  @Test
  void serverErrors_areRetried_withOneIdempotencyKey() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(
            Reply.status(500, "boom"), Reply.status(503, ""), Reply.ok(INFO))) {
      ServerResponse response = client(server, fast()).send(REQUEST);

      assertThat(response.content()).isEqualTo("ok");
      assertThat(server.received()).hasSize(3);
      assertThat(server.received().stream().map(r -> r.header("Idempotency-Key")).distinct())
          .hasSize(1);
    }
  }

  @Test
  void clientErrors_areNotRetried() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(Reply.status(400, "{\"error\":\"bad prompt\"}"))) {
      assertThatThrownBy(() -> client(server, fast()).send(REQUEST))
          .isInstanceOf(PlanningServerException.class)
          .hasMessageContaining("HTTP 400")
          .hasMessageContaining("bad prompt");
      assertThat(server.received()).hasSize(1);
    }
  }

  @Test
  void retryAfter_isHonoured() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(
            new Reply(429, Map.of("Retry-After", "1"), "", Duration.ZERO), Reply.ok(INFO))) {
      long start = System.nanoTime();

      client(server, fast()).send(REQUEST);

      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(950));
      assertThat(server.received()).hasSize(2);
    }
  }

  @Test
  void silentServer_failsAfterTheDeadline() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(new Reply(200, Map.of(), INFO, Duration.ofSeconds(30)))) {
      AskOptions options = fast().withDeadline(Duration.ofSeconds(2));
      long start = System.nanoTime();

      assertThatThrownBy(() -> client(server, options).send(REQUEST))
          .isInstanceOf(PlanningServerException.class)
          .hasMessageContaining("no usable answer within 2 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void malformedAnswer_isAProtocolError_notRetried() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(
            Reply.ok(
                "{\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true}"))) {
      assertThatThrownBy(() -> client(server, fast()).send(REQUEST))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("no execution_plan");
      assertThat(server.received()).hasSize(1);
    }
  }

  @Test
  void token_neverLeaks_evenWhenTheServerEchoesIt() throws Exception {
    try (ScriptedPlanningServer server =
        new ScriptedPlanningServer(Reply.status(401, "invalid token " + TOKEN))) {
      PlanningServerClient client = client(server, fast());

      assertThatThrownBy(() -> client.send(REQUEST))
          .isInstanceOf(PlanningServerException.class)
          .hasMessageContaining("HTTP 401")
          .hasMessageNotContaining(TOKEN);
      assertThat(client.toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void unreachableServer_failsWithAClearMessage() {
    AskOptions options = fast().withDeadline(Duration.ofSeconds(3));
    PlanningServerClient client =
        new PlanningServerClient(
            ServerEndpoint.of(URI.create("http://127.0.0.1:1/x")), Secret.of(TOKEN), options);

    assertThatThrownBy(() -> client.send(REQUEST))
        .isInstanceOf(PlanningServerException.class)
        .hasMessageContaining("connection failed")
        .hasMessageContaining("check the planning server URL");
  }
}
