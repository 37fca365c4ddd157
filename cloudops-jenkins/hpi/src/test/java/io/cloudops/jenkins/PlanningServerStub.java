package io.cloudops.jenkins;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A real loopback HTTP planning server answering every ask with one plan: stop the given instance,
 * at the given risk.
 */
final class PlanningServerStub implements AutoCloseable {

  static final String MEDIUM_PLAN = "Medium";
  static final String HIGH_PLAN = "High";

  private final HttpServer server;

  /**
   * @param level the plan's risk, {@link #MEDIUM_PLAN} or {@link #HIGH_PLAN}
   * @param instanceId the instance the plan stops
   */
  PlanningServerStub(String level, String instanceId) throws IOException {
    String answer = plan(level, instanceId);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/ask",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  private static String plan(String level, String instanceId) {
    return "{\"response_type\":\"Command\",\"content\":\"Stopping dev-box.\","
        + "\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\","
        + "\"args\":[\"stop-instances\",\"--instance-ids\",\""
        + instanceId
        + "\"],\"description\":\"stop\"}]},"
        + "\"requires_approval\":true,\"risk_assessment\":{\"level\":\""
        + level
        + "\",\"summary\":\"one instance\",\"reasons\":[\"write\"]}}";
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
