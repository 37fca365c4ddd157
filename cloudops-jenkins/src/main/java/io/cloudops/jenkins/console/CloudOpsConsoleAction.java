package io.cloudops.jenkins.console;

import hudson.Extension;
import hudson.model.RootAction;
import io.cloudops.console.ApiException;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.EstateIndex;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.jenkins.spi.StoreProvider;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The "CloudOps" link in Jenkins's side panel: the console at {@code /cloudops/}, its API at {@code
 * /cloudops/api/}. Stapler calls {@link #doIndex}, {@link #doApi} and {@link #doDynamic}; each
 * hands the request to the {@link ConsoleEndpoint}, which checks the permissions, the method and
 * the crumb before the core's {@link ConsoleApi} answers.
 */
@Extension
public final class CloudOpsConsoleAction implements RootAction {

  static final String URL_NAME = "cloudops";
  private static final Duration ESTATE_MAX_AGE = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(500);

  private final CloudOpsServices services;
  private final Executor reloads;
  private final Map<String, String> environment;
  private final ConsoleEndpoint endpoint;
  private Console console;

  /** The console of an open store: rebuilt when the store settings change. */
  private record Console(StoreSettings settings, StoreProvider.OpenStores stores, ConsoleApi api) {}

  public CloudOpsConsoleAction() {
    this(CloudOpsServices.defaults(), ForkJoinPool.commonPool(), System.getenv());
  }

  /**
   * @param environment the controller's environment (plan limits, {@code AWS_ENDPOINT_URL})
   */
  CloudOpsConsoleAction(
      CloudOpsServices services, Executor reloads, Map<String, String> environment) {
    this.services = services;
    this.reloads = reloads;
    this.environment = Map.copyOf(environment);
    this.endpoint = new ConsoleEndpoint(services.jenkins(), this::api, POLL);
  }

  @Override
  public String getIconFileName() {
    return services.jenkins().hasPermission(ConsolePermissions.VIEW, null) ? "symbol-cloud" : null;
  }

  @Override
  public String getDisplayName() {
    return "CloudOps";
  }

  @Override
  public String getUrlName() {
    return URL_NAME;
  }

  /** {@code /cloudops/}: the console's page (relative URLs need the trailing slash). */
  public void doIndex(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
    if (!request.getRequestURI().endsWith("/")) {
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    endpoint.page(request, response);
  }

  /** {@code /cloudops/api/...}: the JSON API. */
  public void doApi(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
    String rest = request.getRestOfPath();
    endpoint.api(request, response, rest.startsWith("/") ? rest.substring(1) : rest);
  }

  /** {@code /cloudops/app.js} and the other files of the console. */
  public void doDynamic(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
    endpoint.asset(request, response, request.getRestOfPath());
  }

  /** Closes the console's store (for tests; in Jenkins the action lives as long as Jenkins). */
  synchronized void close() {
    if (console != null) {
      console.stores().close();
      console = null;
    }
  }

  private synchronized ConsoleApi api() {
    JenkinsFacade facade = services.jenkins();
    try {
      StoreSettings settings = new Settings(facade).store(facade.configuration(), null);
      if (console == null || !console.settings().equals(settings)) {
        if (console != null) {
          console.stores().close();
        }
        StoreProvider.OpenStores stores = services.stores().open(settings);
        EstateIndex index =
            new EstateIndex(stores.estate(), services.clock(), ESTATE_MAX_AGE, reloads);
        JenkinsConsoleHost host =
            new JenkinsConsoleHost(facade, stores, settings, environment, services.clock());
        console = new Console(settings, stores, new ConsoleApi(stores.estate(), index, host));
      }
      return console.api();
    } catch (IOException e) {
      throw new ApiException(503, e.getMessage()); // an AbortException's message says what to fix
    }
  }
}
