package io.cloudops.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.ask.AskResult;
import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;

/**
 * An answer as {@code cloudops ask --json} prints it and {@code POST /api/ask} returns it in every
 * host: the server's response, {@code conversation}, {@code matched_resources}, and with a plan
 * {@code computed_risk} and {@code plan_digest}.
 */
public final class AskAnswer {

  private AskAnswer() {}

  /** The risk computed locally for the answer's plan; null when the answer has no plan. */
  public static PlanRisk risk(AskResult result, RiskAssessor assessor) {
    return result
        .response()
        .plan()
        .map(plan -> assessor.assess(plan, result.response().riskAssessment()))
        .orElse(null);
  }

  /**
   * @param risk the risk computed locally for the answer's plan; null when it has none
   */
  public static ObjectNode json(AskResult result, PlanRisk risk) {
    ObjectNode json = Json.mapper().valueToTree(result.response());
    json.put("conversation", result.request().contextId());
    ArrayNode matched = json.putArray("matched_resources");
    for (AwsResource r : result.request().identifiedResources()) {
      ObjectNode node = matched.addObject();
      node.put("id", r.id());
      node.put("arn", r.arn());
      node.put("name", r.name());
      node.put("resource_type", r.resourceType());
      node.put("region", r.region());
      node.put("account_id", r.accountId());
    }
    if (risk != null) {
      json.set("computed_risk", Json.tree(risk.assessment()));
      json.put("plan_digest", result.response().executionPlan().digest());
    }
    return json;
  }
}
