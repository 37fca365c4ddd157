package io.cloudops.jenkins.console;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.security.Permission;
import io.cloudops.console.ApiException;
import io.cloudops.console.ApiExchange;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.ConsoleAssets;
import io.cloudops.console.ExecutionStream;
import io.cloudops.console.QueryParameters;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The console's pages and API behind Jenkins's permissions: every request needs CloudOps/View,
 * {@code POST ask} CloudOps/Ask; reads are GET, changes POST with a valid crumb, and no other
 * method is accepted (Jenkins checks crumbs on POST only). The API itself is the core's {@link
 * ConsoleApi}.
 */
final class ConsoleEndpoint {

  private final JenkinsFacade jenkins;
  private final Supplier<ConsoleApi> api;
  private final ConsoleAssets assets = new ConsoleAssets();
  private final Duration pollInterval;

  ConsoleEndpoint(JenkinsFacade jenkins, Supplier<ConsoleApi> api, Duration pollInterval) {
    this.jenkins = jenkins;
    this.api = api;
    this.pollInterval = pollInterval;
  }

  /** The index page, with the crumb and the host's name in its meta tags. */
  void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      require(ConsolePermissions.VIEW);
      reads(request);
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("cloudops-host", "jenkins");
      jenkins
          .crumb(request)
          .ifPresent(
              crumb -> {
                meta.put("cloudops-crumb-field", crumb.field());
                meta.put("cloudops-crumb", crumb.value());
              });
      send(response, 200, assets.page(meta));
    } catch (RuntimeException refused) {
      sendError(response, refused);
    }
  }

  /** A script or style of the console ({@code /app.js}); the index page for {@code /index.html}. */
  void asset(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
      page(request, response);
      return;
    }
    try {
      require(ConsolePermissions.VIEW);
      reads(request);
      send(
          response,
          200,
          assets.find(path).orElseThrow(() -> new ApiException(404, "no page " + path)));
    } catch (RuntimeException refused) {
      sendError(response, refused);
    }
  }

  /**
   * {@code /api/...}.
   *
   * @param path below {@code api/}, not decoded
   */
  void api(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    try {
      require(ConsolePermissions.VIEW);
      String method = request.getMethod();
      JsonNode body;
      if (method.equals("POST")) {
        if (!jenkins.validCrumb(request)) {
          throw new ApiException(403, "no valid crumb was included in the request");
        }
        if (path.equals("ask")) {
          require(ConsolePermissions.ASK);
        }
        body = ApiExchange.body(request.getInputStream());
      } else {
        reads(request);
        body = Json.mapper().createObjectNode();
      }
      QueryParameters query = QueryParameters.parse(request.getQueryString());
      Optional<String> followed = ExecutionStream.requested(method, path);
      if (followed.isPresent()) {
        events(response, followed.get());
        return;
      }
      byte[] json = Json.write(api.get().handle(method, path, query, body)).getBytes(UTF_8);
      send(response, 200, new ConsoleAssets.Asset(json, JSON));
    } catch (RuntimeException failed) {
      sendError(response, failed);
    }
  }

  private void events(HttpServletResponse response, String id) throws IOException {
    ExecutionStream stream = new ExecutionStream(api.get(), pollInterval);
    stream.check(id);
    headers(response, 200, ExecutionStream.CONTENT_TYPE);
    try (OutputStream out = response.getOutputStream()) {
      stream.follow(id, out);
    }
  }

  private void require(Permission permission) {
    if (!jenkins.hasPermission(permission, null)) {
      throw new ApiException(
          403, "missing the " + permission.group.getId() + "/" + permission.name + " permission");
    }
  }

  /** Anything but GET and HEAD would change state without Jenkins's crumb check. */
  private static void reads(HttpServletRequest request) {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new ApiException(405, method + " is not accepted here; reads are GET, changes POST");
    }
  }

  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final String JSON = "application/json; charset=utf-8";

  private static void send(HttpServletResponse response, int status, ConsoleAssets.Asset asset)
      throws IOException {
    headers(response, status, asset.contentType());
    response.setContentLength(asset.content().length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(asset.content());
    }
  }

  private static void headers(HttpServletResponse response, int status, String contentType) {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setHeader("Cache-Control", "no-store");
    ApiExchange.SECURITY_HEADERS.forEach(response::setHeader);
  }

  private static void sendError(HttpServletResponse response, RuntimeException failure)
      throws IOException {
    if (failure instanceof ApiException api && api.status() == 405) {
      response.setHeader("Allow", "GET, HEAD, POST");
    }
    byte[] json = Json.write(ApiExchange.error(failure)).getBytes(UTF_8);
    send(response, ApiExchange.status(failure), new ConsoleAssets.Asset(json, JSON));
  }
}
