package io.cloudops.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.InvalidInputException;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.RiskAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A plan as a front end reads it: either a bare {@link ExecutionPlan} JSON, or a server response
 * carrying {@code execution_plan} with an optional {@code risk_assessment} and {@code context_id}.
 *
 * @param serverAssessment the server's risk claim, or null
 * @param contextId the conversation it came from, or null
 */
public record PlanDocument(ExecutionPlan plan, RiskAssessment serverAssessment, String contextId) {

  public PlanDocument {
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * Reads a plan file.
   *
   * @throws InvalidInputException when the file is missing or not a plan
   */
  public static PlanDocument read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("plan file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read plan file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, "plan file " + file);
  }

  /** Parses plan JSON; {@code what} names the input in errors. */
  public static PlanDocument parse(String json, String what) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(what + " must be a JSON object with steps");
    }
    JsonNode planNode = root.has("execution_plan") ? root.get("execution_plan") : root;
    if (!planNode.isObject() || !planNode.path("steps").isArray()) {
      throw new InvalidInputException(
          what + " has no plan: expected {\"steps\": [...]} or {\"execution_plan\": {...}}");
    }
    ExecutionPlan plan = Json.read(planNode.toString(), ExecutionPlan.class, what);
    if (plan.steps().isEmpty()) {
      throw new InvalidInputException(what + " has a plan with no steps");
    }
    if (!plan.duplicateStepIds().isEmpty()) {
      throw new InvalidInputException(
          what + " repeats step ids " + plan.duplicateStepIds() + "; every step needs its own id");
    }
    RiskAssessment claim =
        root.hasNonNull("risk_assessment")
            ? Json.read(root.get("risk_assessment").toString(), RiskAssessment.class, what)
            : null;
    String contextId = root.hasNonNull("context_id") ? root.get("context_id").asText() : null;
    return new PlanDocument(plan, claim, contextId);
  }
}
