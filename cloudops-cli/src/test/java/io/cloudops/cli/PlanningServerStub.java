package io.cloudops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudops.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The planning server (which cannot run here) on 127.0.0.1: answers every ask with a plan that
 * stops one instance, and keeps the prompts it was sent.
 */
final class PlanningServerStub implements AutoCloseable {

  private final HttpServer server;
  private final List<String> prompts = new CopyOnWriteArrayList<>();

  private PlanningServerStub(HttpServer server) {
    this.server = server;
  }

  static PlanningServerStub answering(String instanceId) throws IOException {
    String answer =
        """
        {"response_type":"Command","content":"Stopping %1$s tonight.",
         "execution_plan":{"steps":[{"step_id":"1","command":"ec2",
           "args":["stop-instances","--instance-ids","%1$s"],"description":"stop it"}],
           "estimated_duration":null},
         "requires_approval":true,
         "risk_assessment":{"level":"Low","summary":"harmless","reasons":[]}}
        """
            .formatted(instanceId);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    PlanningServerStub stub = new PlanningServerStub(server);
    server.createContext(
        "/ops/v1/ask",
        exchange -> {
          JsonNode sent =
              Json.read(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                  JsonNode.class,
                  "ask");
          stub.prompts.add(sent.get("prompt").asText());
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return stub;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ops";
  }

  List<String> prompts() {
    return List.copyOf(prompts);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
