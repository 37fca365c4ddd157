package io.cloudops.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerEndpointTest {

  @Test
  void pathPrefix_isKept() {
    assertThat(ServerEndpoint.of(URI.create("https://ops.example.com/cloudops")).askUri())
        .hasToString("https://ops.example.com/cloudops/v1/ask");
    assertThat(ServerEndpoint.of(URI.create("https://ops.example.com/cloudops/")).askUri())
        .hasToString("https://ops.example.com/cloudops/v1/ask");
  }

  @Test
  void hostRoot_andPort() {
    assertThat(ServerEndpoint.of(URI.create("http://127.0.0.1:8080")).askUri())
        .hasToString("http://127.0.0.1:8080/v1/ask");
  }

  @Test
  void nonHttpUrl_isRefused() {
    assertThatThrownBy(() -> ServerEndpoint.of(URI.create("ftp://x/y")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not an http:// or https:// URL");
  }

  @Test
  void plainHttpTokenRule_decidesOnLoopbackLiterals_neverOnANamePrefix() {
    for (String host :
        new String[] {
          "127.attacker.example",
          "127.0.0.1.nip.io",
          "localhost.attacker.example",
          "10.0.0.1",
          "[::2]"
        }) {
      assertThat(ServerEndpoint.of(URI.create("http://" + host + ":8080/x")).carriesTokensSafely())
          .as(host)
          .isFalse();
    }
    for (String host : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "[::1]"}) {
      assertThat(ServerEndpoint.of(URI.create("http://" + host + ":8080/x")).carriesTokensSafely())
          .as(host)
          .isTrue();
    }
  }

  @Test
  void tokens_goOnlyOverHttps_orToThisMachine() {
    assertThat(ServerEndpoint.of(URI.create("https://ops.example.com")).carriesTokensSafely())
        .isTrue();
    assertThat(ServerEndpoint.of(URI.create("http://127.0.0.1:8080/x")).carriesTokensSafely())
        .isTrue();
    assertThat(ServerEndpoint.of(URI.create("http://localhost/x")).carriesTokensSafely()).isTrue();
    assertThat(ServerEndpoint.of(URI.create("http://ops.example.com/x")).carriesTokensSafely())
        .isFalse();
    assertThatThrownBy(
            () ->
                new PlanningServerClient(
                    ServerEndpoint.of(URI.create("http://ops.example.com/x")),
                    Secret.of("s3cr3t-value"),
                    AskOptions.DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plain http")
        .hasMessageNotContaining("tok\b");
  }
}
