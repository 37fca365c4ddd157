package io.cloudops.jenkins.ask;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Map {@code cloudopsAsk} returns to the pipeline: type, content, plan (a List of Maps, the
 * protocol's step fields), risk, reasons, requiresApproval, planDigest. Only serializable JDK
 * collections and strings, so the value survives a pipeline's persistence.
 */
public final class AskResultMaps {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private AskResultMaps() {}

  public static Map<String, Object> toMap(ServerResponse response) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", Json.tree(response.responseType()).asText());
    map.put("content", response.content());
    List<Map<String, Object>> steps = new ArrayList<>();
    response.plan().ifPresent(plan -> plan.steps().forEach(step -> steps.add(toMap(step))));
    map.put("plan", steps);
    map.put("risk", response.risk().map(r -> r.level().label()).orElse(null));
    map.put(
        "reasons", new ArrayList<>(response.risk().map(RiskAssessment::reasons).orElse(List.of())));
    map.put("requiresApproval", response.requiresApproval());
    map.put("planDigest", response.plan().map(ExecutionPlan::digest).orElse(null));
    return map;
  }

  static Map<String, Object> toMap(PlannedStep step) {
    return Json.mapper().convertValue(step, MAP);
  }
}
