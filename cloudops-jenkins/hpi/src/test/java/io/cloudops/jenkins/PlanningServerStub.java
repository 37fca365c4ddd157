package io.cloudops.jenkins;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A real loopback HTTP planning server answering every ask with one Medium-risk plan. */
final class PlanningServerStub implements AutoCloseable {

  static final String MEDIUM_PLAN =
      "{\"response_type\":\"Command\",\"content\":\"Stopping dev-box.\","
          + "\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\","
          + "\"args\":[\"stop-instances\",\"--instance-ids\",\"i-0abc1234\"],\"description\":\"stop\"}]},"
          + "\"requires_approval\":true,\"risk_assessment\":{\"level\":\"Medium\",\"summary\":\"one"
          + " instance\",\"reasons\":[\"write\"]}}";

  static final String HIGH_PLAN =
      MEDIUM_PLAN.replace("\"level\":\"Medium\"", "\"level\":\"High\"");

  private final HttpServer server;

  PlanningServerStub(String answer) throws IOException {
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

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
