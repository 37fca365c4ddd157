package io.cloudops.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.ask.PlanningServerException;
import io.cloudops.ask.ProtocolException;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.history.HistoryArguments;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.execute.history.LiveOutput;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Conversation;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.scan.ScanRecord;
import io.cloudops.store.EstateStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON API under {@code /api/} (docs/console.md), the same in every host: the host passes the
 * method, the path below {@code /api/}, the query and the body, and writes the answer. Errors are
 * thrown as {@link ApiException} (or {@link InvalidInputException} for a 400).
 */
public final class ConsoleApi {

  private static final int MAX_CONVERSATION_MESSAGES = 500;
  private static final String CANCEL = "/cancel";

  private final EstateStore estate;
  private final EstateIndex index;
  private final ConsoleHost host;

  public ConsoleApi(EstateStore estate, EstateIndex index, ConsoleHost host) {
    this.estate = estate;
    this.index = index;
    this.host = host;
  }

  /**
   * Answers one request.
   *
   * @param path below {@code /api/}, not decoded (e.g. {@code resources/arn%3Aaws%3A...})
   */
  public JsonNode handle(String method, String path, QueryParameters query, JsonNode body) {
    List<String> segments = segments(path);
    String head = segments.isEmpty() ? "" : segments.get(0);
    String id = segments.size() > 1 ? segments.get(1) : null;
    String route = method + " " + head + (id == null ? "" : "/{id}");
    if (head.equals("executions") && id != null && id.endsWith(CANCEL)) {
      id = id.substring(0, id.length() - CANCEL.length());
      route = method + " executions/{id}" + CANCEL;
    }
    return switch (route) {
      case "GET resources" -> Json.tree(index.query(ResourceQuery.parse(query)));
      case "GET resources/{id}" -> resource(id);
      case "GET conversations" -> conversations(query);
      case "GET conversations/{id}" -> conversation(id);
      case "DELETE conversations/{id}" -> deleted(id);
      case "GET executions" -> executions(query);
      case "GET executions/{id}" -> Json.tree(execution(id));
      case "POST executions/{id}/cancel" -> host.cancelExecution(id);
      case "GET accounts" -> accounts();
      case "POST accounts/{id}" -> checkAccount(id, body);
      case "POST ask" -> ask(body);
      default -> throw new ApiException(404, "no API " + method + " /api/" + path);
    };
  }

  /** A running execution's live output lines from the {@code from}-th on, for the event stream. */
  public List<LiveOutput.Line> liveOutput(String id, int from) {
    return history().live().read(id, from);
  }

  /** The execution with this id, for the host's event stream. */
  public ExecutionRecord execution(String id) {
    return history().get(id).orElseThrow(() -> ApiException.notFound("execution " + id));
  }

  private static List<String> segments(String path) {
    String[] parts = path.split("/", 2);
    if (parts.length == 1 || parts[1].isEmpty()) {
      return List.of(parts[0]);
    }
    return List.of(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
  }

  private JsonNode resource(String key) {
    AwsResource resource =
        estate.get(key).orElseThrow(() -> ApiException.notFound("resource " + key));
    ObjectNode json = (ObjectNode) Json.tree(resource);
    json.put("key", resource.key());
    json.set("related", Json.tree(RelatedResource.of(ResourceSummary.of(resource), index)));
    return json;
  }

  private JsonNode conversations(QueryParameters query) {
    String text = query.first("q").orElse("");
    List<Conversation> found =
        text.isBlank()
            ? host.chat().conversations()
            : host.chat().searchConversations(text, query.integer("limit", 50));
    ObjectNode json = Json.mapper().createObjectNode();
    json.set("conversations", Json.tree(found));
    return json;
  }

  private JsonNode conversation(String id) {
    Conversation conversation =
        host.chat().conversation(id).orElseThrow(() -> ApiException.notFound("conversation " + id));
    ObjectNode json = (ObjectNode) Json.tree(conversation);
    json.set("messages", Json.tree(host.chat().history(id, MAX_CONVERSATION_MESSAGES)));
    return json;
  }

  private JsonNode deleted(String id) {
    if (!host.deleteConversation(id)) {
      throw ApiException.notFound("conversation " + id);
    }
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("deleted", id);
    return json;
  }

  private JsonNode executions(QueryParameters query) {
    HistoryQuery wanted =
        new HistoryQuery(
            query.first("conversation").orElse(null),
            query.first("status").map(t -> HistoryArguments.status("status", t)).orElse(null),
            query.first("since").map(t -> HistoryArguments.since("since", t)).orElse(null),
            query.integer("limit", 100));
    ArrayNode rows = Json.mapper().createArrayNode();
    host.history()
        .ifPresent(
            history ->
                history.query(wanted).forEach(r -> rows.add(Json.tree(ExecutionSummary.of(r)))));
    ObjectNode json = Json.mapper().createObjectNode();
    json.set("executions", rows);
    return json;
  }

  private ExecutionHistory history() {
    return host.history().orElseThrow(() -> ApiException.notFound("execution history"));
  }

  private JsonNode accounts() {
    Map<String, ObjectNode> slices = new TreeMap<>();
    for (ResourceSummary row : index.all()) {
      ObjectNode slice = slice(slices, row.accountId(), row.region());
      slice.put("resources", slice.get("resources").asLong() + 1);
      if (row.lastScanned() != null
          && (!slice.has("last_scanned")
              || Instant.parse(slice.get("last_scanned").asText()).isBefore(row.lastScanned()))) {
        slice.put("last_scanned", row.lastScanned().toString());
      }
    }
    for (ScanRecord record : host.scanRecords()) {
      slice(slices, record.accountId(), record.region()).set("last_scan", Json.tree(record));
    }
    ObjectNode json = Json.mapper().createObjectNode();
    json.set("profiles", Json.tree(host.accountNames()));
    json.set("estate", Json.tree(slices.values()));
    return json;
  }

  /** The row of an account and region in {@code GET accounts}, created empty on first use. */
  private static ObjectNode slice(Map<String, ObjectNode> slices, String account, String region) {
    return slices.computeIfAbsent(
        account + "/" + region,
        k -> {
          ObjectNode s = Json.mapper().createObjectNode();
          s.put("account_id", account);
          s.put("region", region);
          s.put("resources", 0);
          return s;
        });
  }

  private JsonNode checkAccount(String action, JsonNode body) {
    if (!"check".equals(action)) {
      throw new ApiException(404, "no API POST /api/accounts/" + action);
    }
    String name = text(body, "profile");
    if (!host.accountNames().contains(name)) {
      throw new InvalidInputException("unknown account '" + name + "'; see GET /api/accounts");
    }
    return host.checkAccount(name);
  }

  private JsonNode ask(JsonNode body) {
    String prompt = text(body, "prompt");
    String conversation =
        body.hasNonNull("conversation") ? body.get("conversation").asText().strip() : "console";
    if (conversation.isEmpty() || conversation.length() > 128) {
      throw new InvalidInputException("conversation must be 1 to 128 characters");
    }
    try {
      return host.ask(conversation, prompt);
    } catch (PlanningServerException | ProtocolException e) {
      throw new ApiException(502, e.getMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidInputException("the body needs a non-empty \"" + field + "\" string");
    }
    return value.asText().strip();
  }
}
