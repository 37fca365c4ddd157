package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudops ask} against a real local HTTP planning server and a real store. */
@org.junit.jupiter.api.extension.ExtendWith(MotoExtension.class)
class AskCommandIT {

  private static final String TOKEN = "srv-token-5f4e3d2c1b";
  private static final String ANSWER =
      """
      {"response_type":"Command","content":"Terminating the old billing instance.",
       "execution_plan":{"steps":[{"step_id":"1","command":"ec2",
         "args":["terminate-instances","--instance-ids","i-0aaa1111bbbb2222c"],
         "description":"terminate it"}],"estimated_duration":null},
       "requires_approval":false,
       "risk_assessment":{"level":"Low","summary":"harmless","reasons":[]}}
      """;

  @TempDir Path dataDir;

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> auth = new CopyOnWriteArrayList<>();
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/ops/v1/ask",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] bytes = ANSWER.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    env =
        Map.of(
            "CLOUDOPS_DATA_DIR",
            dataDir.toString(),
            "CLOUDOPS_SERVER_URL",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/ops",
            "CLOUDOPS_SERVER_TOKEN",
            TOKEN);
    try (StoreHandle stores =
        Stores.open(
            CloudOpsSettings.builder().dataDir(dataDir).build(), env, StoreAccess.READ_WRITE)) {
      stores
          .estate()
          .upsert(
              AwsResource.builder()
                  .id("i-0aaa1111bbbb2222c")
                  .arn("arn:aws:ec2:eu-west-1:111111111111:instance/i-0aaa1111bbbb2222c")
                  .name("billing-prod-api-1")
                  .resourceType("ec2:instance")
                  .service("ec2")
                  .accountId("111111111111")
                  .region("eu-west-1")
                  .state("running")
                  .tag("env", "prod")
                  .tag("note", "$(touch /tmp/pwned)")
                  .build());
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void ask_sendsTheMentionedResource_showsTheLocalRisk_andSavesAPlanThatExecuteRefuses()
      throws Exception {
    Path plan = dataDir.resolve("plan.json");

    CliRun ask =
        CliRun.of(
            env,
            "ask",
            "terminate",
            "i-0aaa1111bbbb2222c",
            "--save-plan",
            plan.toString(),
            "--json");

    assertThat(ask.exitCode()).as(ask.err()).isZero();
    JsonNode sent = Json.mapper().readTree(bodies.get(0));
    assertThat(sent.get("prompt").asText()).isEqualTo("terminate i-0aaa1111bbbb2222c");
    assertThat(sent.get("identified_resources").get(0).get("id").asText())
        .isEqualTo("i-0aaa1111bbbb2222c");
    assertThat(sent.get("identified_resources").get(0).get("tags").get("note").asText())
        .as("tag text travels as data")
        .isEqualTo("$(touch /tmp/pwned)");
    assertThat(auth.get(0)).isEqualTo("Bearer " + TOKEN);
    JsonNode printed = Json.mapper().readTree(ask.out());
    assertThat(printed.get("computed_risk").get("level").asText())
        .as("the server said Low; a production terminate is High")
        .isEqualTo("High");
    assertThat(ask.out() + ask.err()).doesNotContain(TOKEN);
    assertThat(plan).exists();

    CliRun execute = CliRun.of(env, "execute", "--plan", plan.toString());

    assertThat(execute.exitCode()).isEqualTo(ExitCodes.APPROVAL);
    assertThat(execute.err()).contains("approval required: High");

    CliRun history = CliRun.of(env, "conversations", "show", "cli", "--json");
    assertThat(history.out()).contains("terminate i-0aaa1111bbbb2222c");
  }

  @Test
  void ask_withoutAServer_exits2_namingTheSetting() {
    CliRun run = CliRun.of(Map.of("CLOUDOPS_DATA_DIR", dataDir.toString()), "ask", "hello");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("CLOUDOPS_SERVER_URL");
    assertThat(Files.exists(Path.of("/tmp/pwned"))).isFalse();
  }

  @Test
  void ask_withAwsCredentials_sendsTheCallersIdentity(MotoServer moto) throws Exception {
    Map<String, String> withAws = new HashMap<>(env);
    withAws.put("AWS_ACCESS_KEY_ID", "testing");
    withAws.put("AWS_SECRET_ACCESS_KEY", "testing");
    withAws.put("AWS_REGION", "eu-west-1");
    withAws.put("AWS_ENDPOINT_URL", moto.endpoint().toString());

    CliRun ask = CliRun.of(withAws, "ask", "what runs in eu-west-1?");

    assertThat(ask.exitCode()).as(ask.err()).isZero();
    JsonNode user = Json.mapper().readTree(bodies.get(0)).get("user_context");
    assertThat(user.get("account_ids").get(0).asText()).isEqualTo("123456789012");
    assertThat(user.get("user").asText()).startsWith("arn:aws:");
    assertThat(user.get("regions").get(0).asText()).isEqualTo("eu-west-1");
    assertThat(user.get("source").asText()).isEqualTo("cli");
  }
}
