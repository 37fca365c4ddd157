package io.cloudops.jenkins.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.TestCredentials;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.engines.CoreStoreProvider;
import io.cloudops.json.Json;
import io.cloudops.model.Message;
import io.cloudops.standins.StandIns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jenkins host's guards: permissions on every path, GET never changes state, POST + crumb. */
class CloudOpsConsoleActionTest {

  private static final String FIELD = "Jenkins-Crumb";
  private static final String CRUMB = "c0ffee";

  @TempDir Path home;

  private FakeJenkins jenkins;
  private CoreStoreProvider stores;
  private CloudOpsConsoleAction action;

  @BeforeEach
  void setUp() throws Exception {
    StandIns.reset();
    jenkins = new FakeJenkins(home).crumb(FIELD, CRUMB).actingAs("alice");
    stores = new CoreStoreProvider();
    action =
        new CloudOpsConsoleAction(new TestServices(jenkins).with(stores), Runnable::run, Map.of());
  }

  @AfterEach
  void tearDown() {
    action.close();
    StandIns.reset();
  }

  private StaplerExchange call(StaplerExchange exchange) throws Exception {
    String uri = exchange.request().getRequestURI();
    if (uri.startsWith("/jenkins/cloudops/api/")) {
      action.doApi(exchange.request(), exchange.response());
    } else if (uri.equals("/jenkins/cloudops/")) {
      action.doIndex(exchange.request(), exchange.response());
    } else {
      action.doDynamic(exchange.request(), exchange.response());
    }
    return exchange;
  }

  private StaplerExchange get(String path) throws Exception {
    return call(new StaplerExchange("GET", path));
  }

  private StaplerExchange post(String path, String body) throws Exception {
    return call(new StaplerExchange("POST", path).header(FIELD, CRUMB).body(body));
  }

  @Test
  void withoutView_everyPageAndApiPath_is403_andTheLinkIsHidden() throws Exception {
    for (String path :
        List.of(
            "/",
            "/app.js",
            "/app.css",
            "/api/resources",
            "/api/resources/i-1",
            "/api/conversations",
            "/api/executions",
            "/api/executions/x/events",
            "/api/accounts",
            "/api/nothing")) {
      StaplerExchange answer = get(path);
      assertThat(answer.status).as(path).isEqualTo(403);
      assertThat(answer.text()).as(path).contains("CloudOps/View").doesNotContain("<html");
    }
    assertThat(post("/api/ask", "{\"prompt\":\"hi\"}").status).isEqualTo(403);
    assertThat(post("/api/accounts/check", "{\"profile\":\"aws\"}").status).isEqualTo(403);
    assertThat(action.getIconFileName()).isNull();
  }

  @Test
  void withView_thePageCarriesTheCrumbAndTheHost_andTheLinkShows() throws Exception {
    jenkins.grant(ConsolePermissions.VIEW);

    StaplerExchange page = get("/");

    assertThat(page.status).isEqualTo(200);
    assertThat(page.contentType).startsWith("text/html");
    assertThat(page.text())
        .contains("<meta name=\"cloudops-crumb-field\" content=\"Jenkins-Crumb\">")
        .contains("<meta name=\"cloudops-crumb\" content=\"c0ffee\">")
        .contains("<meta name=\"cloudops-host\" content=\"jenkins\">");
    assertThat(page.responseHeaders)
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("Cache-Control", "no-store")
        .containsKey("Content-Security-Policy");
    assertThat(get("/app.js").text()).contains("cloudops-crumb");
    assertThat(action.getIconFileName()).isNotNull();
    assertThat(action.getUrlName()).isEqualTo("cloudops");
  }

  @Test
  void theConsoleRoot_withoutItsSlash_redirectsToIt() throws Exception {
    jenkins.grant(ConsolePermissions.VIEW);
    StaplerExchange exchange = new StaplerExchange("GET", "");

    action.doIndex(exchange.request(), exchange.response());

    assertThat(exchange.redirect).isEqualTo("/jenkins/cloudops/");
  }

  @Test
  void get_cannotAskCheckOrDelete() throws Exception {
    jenkins.grant(ConsolePermissions.VIEW).grant(ConsolePermissions.ASK).grant(Jenkins.ADMINISTER);
    seedConversation("ops");

    assertThat(get("/api/ask?prompt=hi").status).isEqualTo(404);
    assertThat(get("/api/accounts/check?profile=aws").status).isEqualTo(404);
    StaplerExchange delete = call(new StaplerExchange("DELETE", "/api/conversations/ops"));
    StaplerExchange put =
        call(new StaplerExchange("PUT", "/api/ask").header(FIELD, CRUMB).body("{}"));

    assertThat(delete.status).isEqualTo(405);
    assertThat(delete.responseHeaders).containsEntry("Allow", "GET, HEAD, POST");
    assertThat(put.status).isEqualTo(405);
    assertThat(get("/api/conversations/ops").status).isEqualTo(200);
  }

  @Test
  void post_withoutOrWithAWrongCrumb_isRefusedBeforeTheApi() throws Exception {
    jenkins.grant(ConsolePermissions.VIEW).grant(ConsolePermissions.ASK);

    StaplerExchange none =
        call(new StaplerExchange("POST", "/api/ask").body("{\"prompt\":\"hi\"}"));
    StaplerExchange wrong =
        call(
            new StaplerExchange("POST", "/api/ask")
                .header(FIELD, "forged")
                .body("{\"prompt\":\"hi\"}"));
    StaplerExchange asParameter =
        call(new StaplerExchange("POST", "/api/ask?" + FIELD + "=" + CRUMB).body("{}"));

    assertThat(none.status).isEqualTo(403);
    assertThat(none.text()).contains("crumb");
    assertThat(wrong.status).isEqualTo(403);
    // the crumb as a parameter passes (as in CrumbFilter); the empty body then fails the API's
    // check
    assertThat(asParameter.status).isEqualTo(400);
  }

  @Test
  void ask_withoutTheAskPermission_is403_andWithIt_reachesTheApi() throws Exception {
    jenkins.grant(ConsolePermissions.VIEW);

    StaplerExchange refused = post("/api/ask", "{\"prompt\":\"hi\"}");
    jenkins.grant(ConsolePermissions.ASK);
    StaplerExchange asked = post("/api/ask", "{\"prompt\":\"hi\"}");

    assertThat(refused.status).isEqualTo(403);
    assertThat(refused.text()).contains("CloudOps/Ask");
    // no planning server is configured: the API answered, with what to fix
    assertThat(asked.status).isEqualTo(400);
    assertThat(asked.text()).contains("Planning server URL");
  }

  @Test
  void accounts_areTheAwsCredentials_onlyForThoseWhoMayListThem() throws Exception {
    var aws = TestCredentials.aws("prod-aws", "AKIAEXAMPLE", "s3cr3t-key-value", null);
    StandIns.addCredentials(aws);
    jenkins.add(aws).grant(ConsolePermissions.VIEW);

    String asViewer = get("/api/accounts").text();
    StaplerExchange checkAsViewer = post("/api/accounts/check", "{\"profile\":\"prod-aws\"}");
    jenkins.grant(Jenkins.ADMINISTER);
    String asAdmin = get("/api/accounts").text();

    assertThat(
            Json.read(asViewer, com.fasterxml.jackson.databind.JsonNode.class, "a").get("profiles"))
        .isEmpty();
    assertThat(checkAsViewer.status).isEqualTo(400);
    assertThat(asAdmin).contains("\"prod-aws\"").doesNotContain("s3cr3t").doesNotContain("AKIA");
  }

  @Test
  void permissions_areInTheirOwnGroup_andAdministerImpliesThem() {
    assertThat(ConsolePermissions.GROUP.getPermissions())
        .containsExactlyInAnyOrder(ConsolePermissions.ASK, ConsolePermissions.VIEW);
    assertThat(ConsolePermissions.VIEW.getId())
        .isEqualTo("io.cloudops.jenkins.console.ConsolePermissions.View");
    assertThat(ConsolePermissions.ASK.impliedBy).isEqualTo(Jenkins.ADMINISTER);
  }

  private void seedConversation(String id) throws Exception {
    var settings = new Settings(jenkins).store(jenkins.configuration(), null);
    try (var open = stores.open(settings)) {
      open.chat().append(id, Message.user("hello", Instant.EPOCH));
    }
  }
}
