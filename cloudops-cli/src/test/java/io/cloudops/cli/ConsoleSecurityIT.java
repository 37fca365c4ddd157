package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tries to get past the console's token, its bind address and its cross-site defences. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSecurityIT {

  private ConsoleEstate console;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    console = ConsoleEstate.empty(dir).start();
  }

  @AfterAll
  void stop() {
    console.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "index.html",
        "app.js",
        "api/resources",
        "api/conversations/keep-me",
        "api/executions/x/events",
        "api/no-such-thing",
        "no-such-page"
      })
  void everyPath_withoutTheToken_is401_andLeaksNothing(String path) throws Exception {
    HttpResponse<String> response = ConsoleEstate.send(console.request(path));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("needs its token").doesNotContain(console.token);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aWrongToken_isRefused_whereverItIsPut() throws Exception {
    String t = console.token;
    for (String wrong : List.of("x", t.substring(1), t + "x", t.toUpperCase(), " " + t)) {
      assertThat(
              status(
                  console
                      .request(
                          "api/resources?token=" + URLEncoder.encode(wrong, StandardCharsets.UTF_8))
                      .GET()))
          .as("query %s", wrong)
          .isEqualTo(401);
      assertThat(
              status(
                  console
                      .request("api/resources")
                      .header("Authorization", "Bearer " + wrong + "x")))
          .isEqualTo(401);
      assertThat(
              status(
                  console
                      .request("api/resources")
                      .header("Cookie", cookieName() + "=" + wrong + "x")))
          .isEqualTo(401);
    }
    assertThat(status(console.request("api/resources").header("Authorization", "Basic " + t)))
        .isEqualTo(401);
    assertThat(status(console.request("api/resources").header("Cookie", "other_cookie=" + t)))
        .isEqualTo(401);
  }

  private String cookieName() {
    return "cloudops_console_" + console.base.getPort();
  }

  private static int status(HttpRequest.Builder request) throws Exception {
    return ConsoleEstate.send(request).statusCode();
  }

  @Test
  void theTokenInTheUrl_becomesAnHttpOnlyStrictCookie_andLeavesTheAddressBar() throws Exception {
    HttpResponse<String> first = ConsoleEstate.send(console.request("?token=" + console.token));

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.headers().firstValue("Location")).hasValue("/");
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith(cookieName() + "=" + console.token + ";")
        .contains("HttpOnly", "SameSite=Strict", "Path=/");

    String offSite =
        raw(
            "GET //evil.example/?token="
                + console.token
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + console.base.getPort()
                + "\r\nConnection: close\r\n\r\n");
    assertThat(offSite).startsWith("HTTP/1.1 303").contains("\nLocation: /\r\n");

    HttpResponse<String> page =
        ConsoleEstate.send(
            console.request("").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\">");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
  }

  @Test
  void aCrossSiteFormPost_withTheCookie_isRefused_andChangesNothing() throws Exception {
    String cookie = cookieName() + "=" + console.token;
    HttpResponse<String> form =
        ConsoleEstate.send(
            console
                .request("api/conversations/keep-me")
                .header("Cookie", cookie)
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("a=b")));
    assertThat(form.statusCode()).isEqualTo(403);

    HttpResponse<String> foreignOrigin =
        ConsoleEstate.send(
            console
                .request("api/conversations/keep-me")
                .header("Cookie", cookie)
                .header("X-CloudOps-Console", "1")
                .header("Origin", "http://evil.example")
                .DELETE());
    assertThat(foreignOrigin.statusCode()).isEqualTo(403);
    assertThat(foreignOrigin.body()).contains("cross-site");

    assertThat(console.api("GET", "api/conversations/keep-me", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aForeignHostHeader_isRefused_evenWithTheToken() throws Exception {
    // what a DNS-rebinding page sends: the console's address under the attacker's host name
    String response =
        raw(
            "GET /api/resources HTTP/1.1\r\nHost: evil.example:"
                + console.base.getPort()
                + "\r\nAuthorization: Bearer "
                + console.token
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 403");
    assertThat(
            raw(
                "GET /api/resources HTTP/1.1\r\nHost: localhost:"
                    + console.base.getPort()
                    + "\r\nAuthorization: Bearer "
                    + console.token
                    + "\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void aMalformedRequest_withoutTheToken_learnsNothing() throws Exception {
    String response =
        raw(
            "GET /api/resources?q=%zz HTTP/1.1\r\nHost: 127.0.0.1:"
                + console.base.getPort()
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).matches("(?s)HTTP/1.1 40[01] .*").doesNotContain("results", "keep-me");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", console.base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void byDefault_itListensOnLoopbackOnly() throws Exception {
    Optional<InetAddress> external = externalAddress();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        external.isPresent(), "this machine has no non-loopback address to try");

    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), console.base.getPort()), 2000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  private static Optional<InetAddress> externalAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void bindingElsewhere_printsAWarning(@TempDir Path dir) throws Exception {
    try (ConsoleEstate exposed = ConsoleEstate.empty(dir).start("--bind", "0.0.0.0")) {
      assertThat(exposed.output)
          .anyMatch(line -> line.startsWith("warning: --bind 0.0.0.0 exposes"));
      assertThat(exposed.api("GET", "api/resources", null).statusCode()).isEqualTo(200);
      assertThat(ConsoleEstate.send(exposed.request("api/resources")).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void badPortOrAddress_isAUsageErrorInOneLine() {
    CliRun port = CliRun.of(console.env, "console", "--port", "70000");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err().strip()).contains("--port").doesNotContain("\n");

    CliRun bind = CliRun.of(console.env, "console", "--bind", "no-such-host.invalid");
    assertThat(bind.exitCode()).isEqualTo(2);
    assertThat(bind.err().strip()).contains("--bind").doesNotContain("\n");
  }
}
