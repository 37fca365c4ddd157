package io.cloudops.jenkins.console;

import io.cloudops.cli.console.ConsoleServer;
import io.cloudops.cli.console.ConsoleToken;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.EstateIndex;
import io.cloudops.jenkins.spi.StoreProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The console API through the CLI's JDK server (over HTTP, with its token), over the same store as
 * {@link JenkinsConsoleContractTest}.
 */
class CliConsoleContractTest extends ConsoleApiContract {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ConsoleToken token = ConsoleToken.random();
  private StoreProvider.OpenStores open;
  private ConsoleServer server;

  @Override
  protected void startHost() throws Exception {
    open = stores.open(storeSettings);
    EstateIndex index =
        new EstateIndex(open.estate(), Clock.systemUTC(), Duration.ofSeconds(30), Runnable::run);
    JenkinsConsoleHost host =
        new JenkinsConsoleHost(jenkins, open, storeSettings, Map.of(), Clock.systemUTC());
    server =
        ConsoleServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            new ConsoleApi(open.estate(), index, host),
            token);
  }

  @Override
  protected Answer get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token.reveal())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), json(response.body()));
  }

  @Override
  protected void stopHost() {
    server.close();
    open.close();
  }
}
