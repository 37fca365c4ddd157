package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.security.Permission;
import io.cloudops.jenkins.console.ConsolePermissions;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The console's Jenkins host on a real Jenkins over HTTP: the CloudOps permissions on the page and
 * the API, Jenkins's own CSRF protection on POST, GET never changing state. Runs in the .hpi build
 * only (the normal build compiles it).
 */
@WithJenkins
class CloudOpsConsoleTest {

  private static final Pattern META =
      Pattern.compile("<meta name=\"cloudops-crumb(-field)?\" content=\"([^\"]*)\">");

  private JenkinsRule r;

  @BeforeEach
  void setUp(JenkinsRule rule) {
    r = rule;
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.READ)
            .everywhere()
            .to("reader", "viewer", "asker")
            .grant(ConsolePermissions.VIEW)
            .everywhere()
            .to("viewer", "asker")
            .grant(ConsolePermissions.ASK)
            .everywhere()
            .to("asker")
            .grant(Jenkins.ADMINISTER)
            .everywhere()
            .to("admin"));
  }

  private WebResponse call(String user, HttpMethod method, String path, String body, boolean crumb)
      throws Exception {
    JenkinsRule.WebClient client = r.createWebClient().login(user);
    client.setThrowExceptionOnFailingStatusCode(false);
    WebRequest request = new WebRequest(new URL(r.getURL(), "cloudops/" + path), method);
    if (body != null) {
      request.setAdditionalHeader("Content-Type", "application/json");
      request.setRequestBody(body);
    }
    if (crumb) {
      // as the console's script does: the crumb the page names, in the header it names
      String page = client.goTo("cloudops/", "text/html").getWebResponse().getContentAsString();
      Matcher m = META.matcher(page);
      String field = null;
      String value = null;
      while (m.find()) {
        if (m.group(1) != null) {
          field = m.group(2);
        } else {
          value = m.group(2);
        }
      }
      assertThat(field).as("the page names the crumb field").isNotNull();
      request.setAdditionalHeader(field, value);
    }
    return client.getPage(request).getWebResponse();
  }

  private WebResponse get(String user, String path) throws Exception {
    return call(user, HttpMethod.GET, path, null, false);
  }

  @Test
  void withoutCloudOpsView_thePageAndTheApi_are403() throws Exception {
    assertThat(get("reader", "").getStatusCode()).isEqualTo(403);
    assertThat(get("reader", "app.js").getStatusCode()).isEqualTo(403);
    assertThat(get("reader", "api/resources").getStatusCode()).isEqualTo(403);
    assertThat(get("reader", "api/accounts").getStatusCode()).isEqualTo(403);
  }

  @Test
  void withCloudOpsView_thePageNamesTheCrumb_andTheApiAnswersJson() throws Exception {
    WebResponse page = get("viewer", "");
    WebResponse resources = get("viewer", "api/resources");

    assertThat(page.getStatusCode()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("cloudops-crumb-field")
        .contains("<meta name=\"cloudops-host\" content=\"jenkins\">");
    assertThat(page.getResponseHeaderValue("X-Frame-Options")).isEqualTo("DENY");
    assertThat(resources.getStatusCode()).isEqualTo(200);
    assertThat(resources.getContentType()).isEqualTo("application/json");
    assertThat(resources.getContentAsString()).contains("\"results\"").contains("\"facets\"");
  }

  @Test
  void ask_needsCloudOpsAsk_andAValidCrumb() throws Exception {
    String body = "{\"prompt\":\"which instances are idle?\"}";

    assertThat(call("viewer", HttpMethod.POST, "api/ask", body, true).getStatusCode())
        .isEqualTo(403);
    assertThat(call("asker", HttpMethod.POST, "api/ask", body, false).getStatusCode())
        .isEqualTo(403);
    WebResponse asked = call("asker", HttpMethod.POST, "api/ask", body, true);
    // no planning server is configured: the console's API answered, saying what to fix
    assertThat(asked.getStatusCode()).isEqualTo(400);
    assertThat(asked.getContentAsString()).contains("Planning server URL");
  }

  @Test
  void get_neverAsksOrChecks_andDeleteIsRefused() throws Exception {
    assertThat(get("admin", "api/ask?prompt=hi").getStatusCode()).isEqualTo(404);
    assertThat(get("admin", "api/accounts/check?profile=x").getStatusCode()).isEqualTo(404);
    assertThat(
            call("admin", HttpMethod.DELETE, "api/conversations/ops", null, false).getStatusCode())
        .isEqualTo(405);
  }

  @Test
  void thePermissions_areListedInTheirGroup() {
    assertThat(ConsolePermissions.GROUP.getPermissions())
        .extracting(Permission::getId)
        .containsExactlyInAnyOrder(
            "io.cloudops.jenkins.console.ConsolePermissions.View",
            "io.cloudops.jenkins.console.ConsolePermissions.Ask");
  }
}
