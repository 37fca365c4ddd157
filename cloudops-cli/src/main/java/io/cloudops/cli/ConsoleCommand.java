package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.cli.console.ConsoleServer;
import io.cloudops.cli.console.ConsoleToken;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.EstateIndex;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudops console}: the web console on this machine, behind a token. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve the CloudOps console in the browser: explore the estate, follow executions, browse"
          + " conversations, check accounts and ask.",
      "Listens on 127.0.0.1 only and prints a URL with a random token; without the token every"
          + " request is refused. Stop it with Ctrl-C."
    })
final class ConsoleCommand extends BaseCommand {

  /** How old the explorer's view of the estate may get before it is read again. */
  static final Duration ESTATE_REFRESH = Duration.ofSeconds(30);

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8765",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Anything but a loopback address"
              + " exposes the console (behind its token) to the network.")
  String bind;

  @Option(names = "--open", description = "Open the console in the default browser.")
  boolean open;

  @Override
  protected int run(CliContext context) throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--port must be 0 to 65535, got " + port);
    }
    InetAddress address = address(bind);
    if (!address.isLoopbackAddress()) {
      context
          .err()
          .println(
              "warning: --bind "
                  + bind
                  + " exposes the console to the network; anyone who sees its URL can use it");
      context.err().flush();
    }
    ConsoleToken token = ConsoleToken.random();
    try (StoreHandle stores =
        Stores.open(
            context.settings(), context.env(), StoreAccess.READ_ONLY, Stores.Warmup.EMBEDDER)) {
      EstateIndex index =
          new EstateIndex(
              stores.estate(),
              Clock.systemUTC(),
              ESTATE_REFRESH,
              runnable -> {
                Thread reload = new Thread(runnable, "cloudops-console-estate");
                reload.setDaemon(true);
                reload.start();
              });
      ConsoleApi api =
          new ConsoleApi(stores.estate(), index, new CliConsoleHost(context, stores.chat()));
      try (ConsoleServer server =
          ConsoleServer.start(new InetSocketAddress(address, port), api, token)) {
        String host = address.isLoopbackAddress() ? "127.0.0.1" : bind;
        String url = "http://" + host + ":" + server.port() + "/?token=" + token.reveal();
        context.out().println("CloudOps console: " + url);
        context.out().flush();
        context.progress("serving " + index.all().size() + " resources; stop with Ctrl-C");
        if (open) {
          openBrowser(url, context);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      }
    }
    return ExitCodes.OK;
  }

  private static InetAddress address(String bind) {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new InvalidInputException("--bind '" + bind + "' is not an address of this machine", e);
    }
  }

  private static void openBrowser(String url, CliContext context) {
    try {
      new ProcessBuilder("xdg-open", url).redirectErrorStream(true).start();
    } catch (IOException e) {
      context.progress("could not open a browser (" + e.getMessage() + "); open the URL above");
    }
  }
}
