package io.cloudops.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ResponseType;
import io.cloudops.model.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict reader of protocol v1 answers: every required field present with the right type, known
 * enum values only, a Command always with a non-empty plan, each step complete for its kind. The
 * first problem found is reported by name.
 */
public final class ServerResponseParser {

  private static final Set<String> RESPONSE_TYPES =
      Set.of("Command", "Information", "Clarification");
  private static final Set<String> RISK_LEVELS = Set.of("Low", "Medium", "High");
  private static final Set<String> STEP_KINDS = Set.of("aws_cli", "aws_sdk", "script");

  private final int maxBytes;

  public ServerResponseParser(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * @throws ProtocolException naming the first problem
   */
  public ServerResponse parse(byte[] body) {
    if (body.length > maxBytes) {
      throw new ProtocolException(
          "the answer has more than " + maxBytes + " bytes (the limit); refusing to read it");
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new ProtocolException("the answer is not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new ProtocolException("the answer is not a JSON object");
    }
    String type = requireText(root, "response_type", "");
    if (!RESPONSE_TYPES.contains(type)) {
      throw new ProtocolException(
          "unknown response_type '" + type + "' (expected Command, Information or Clarification)");
    }
    requireText(root, "content", "");
    JsonNode requiresApproval = root.get("requires_approval");
    if (requiresApproval == null || !requiresApproval.isBoolean()) {
      throw new ProtocolException("requires_approval is missing or not a boolean");
    }
    JsonNode plan = root.get("execution_plan");
    boolean hasPlan = plan != null && !plan.isNull();
    if (hasPlan) {
      checkPlan(plan);
    }
    if (type.equals("Command") && !hasPlan) {
      throw new ProtocolException("a Command answer has no execution_plan");
    }
    JsonNode risk = root.get("risk_assessment");
    if (risk != null && !risk.isNull()) {
      checkRisk(risk);
    }
    try {
      ServerResponse response = Json.mapper().treeToValue(root, ServerResponse.class);
      if (response.responseType() == ResponseType.COMMAND
          && response.plan().map(ExecutionPlan::steps).orElseThrow().isEmpty()) {
        throw new ProtocolException("a Command answer has an execution_plan with no steps");
      }
      List<String> duplicates =
          response.plan().map(ExecutionPlan::duplicateStepIds).orElse(List.of());
      if (!duplicates.isEmpty()) {
        throw new ProtocolException("the execution_plan repeats step ids " + duplicates);
      }
      return response;
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new ProtocolException("the answer does not map to protocol v1: " + e.getMessage(), e);
    }
  }

  private static void checkPlan(JsonNode plan) {
    if (!plan.isObject()) {
      throw new ProtocolException("execution_plan is not an object");
    }
    JsonNode steps = plan.get("steps");
    if (steps == null || !steps.isArray()) {
      throw new ProtocolException("execution_plan.steps is missing or not an array");
    }
    JsonNode duration = plan.get("estimated_duration");
    if (duration != null
        && !duration.isNull()
        && !(duration.isIntegralNumber() && duration.asLong() >= 0)) {
      throw new ProtocolException(
          "execution_plan.estimated_duration is not a whole number of seconds");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      JsonNode step = steps.get(i);
      String where = "execution_plan.steps[" + i + "]";
      if (!step.isObject()) {
        throw new ProtocolException(where + " is not an object");
      }
      String id = requireText(step, "step_id", where + ".");
      if (id.isBlank() || !ids.add(id)) {
        throw new ProtocolException(where + ".step_id '" + id + "' is blank or repeated");
      }
      requireText(step, "command", where + ".");
      requireText(step, "description", where + ".");
      JsonNode args = step.get("args");
      if (args == null || !args.isArray()) {
        throw new ProtocolException(where + ".args is missing or not an array");
      }
      for (JsonNode arg : args) {
        if (!arg.isTextual()) {
          throw new ProtocolException(where + ".args holds a value that is not a string: " + arg);
        }
      }
      checkKind(step, where);
    }
  }

  private static void checkKind(JsonNode step, String where) {
    JsonNode kindNode = step.get("kind");
    String kind = kindNode == null || kindNode.isNull() ? "aws_cli" : kindNode.asText();
    if (kindNode != null && !kindNode.isNull() && !kindNode.isTextual()
        || !STEP_KINDS.contains(kind)) {
      throw new ProtocolException(
          where + ".kind '" + kind + "' is unknown (expected aws_cli, aws_sdk or script)");
    }
    switch (kind) {
      case "aws_cli" -> {
        if (step.get("command").asText().isBlank()) {
          throw new ProtocolException(where + ".command is empty for an aws_cli step");
        }
      }
      case "aws_sdk" -> {
        requireText(step, "service", where + ".");
        requireText(step, "operation", where + ".");
        JsonNode params = step.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
          throw new ProtocolException(where + ".params is not an object");
        }
      }
      default -> requireText(step, "script", where + ".");
    }
  }

  private static void checkRisk(JsonNode risk) {
    if (!risk.isObject()) {
      throw new ProtocolException("risk_assessment is not an object");
    }
    String level = requireText(risk, "level", "risk_assessment.");
    if (!RISK_LEVELS.contains(level)) {
      throw new ProtocolException(
          "unknown risk_assessment.level '" + level + "' (expected Low, Medium or High)");
    }
    JsonNode summary = risk.get("summary");
    if (summary != null && !summary.isNull() && !summary.isTextual()) {
      throw new ProtocolException("risk_assessment.summary is not a string");
    }
    JsonNode reasons = risk.get("reasons");
    if (reasons != null && !reasons.isNull()) {
      if (!reasons.isArray()) {
        throw new ProtocolException("risk_assessment.reasons is not an array");
      }
      for (JsonNode reason : reasons) {
        if (!reason.isTextual()) {
          throw new ProtocolException("risk_assessment.reasons holds a value that is not a string");
        }
      }
    }
  }

  private static String requireText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ProtocolException(where + field + " is missing");
    }
    if (!value.isTextual()) {
      throw new ProtocolException(where + field + " is not a string");
    }
    return value.asText();
  }
}
