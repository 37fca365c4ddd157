package io.cloudops.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionPlanTest {

  private static ExecutionPlan stop(String id) {
    return new ExecutionPlan(
        List.of(
            ExecutionStep.awsCli("1", "ec2", List.of("stop-instances", "--instance-ids", id), "")),
        null);
  }

  @Test
  void digest_isStableAcrossSerialization() {
    ExecutionPlan plan = stop("i-1");

    ExecutionPlan reread = Json.read(Json.write(plan), ExecutionPlan.class, "plan");

    assertThat(reread.digest()).isEqualTo(plan.digest()).hasSize(64);
  }

  @Test
  void digest_changesWhenAnyArgumentChanges() {
    assertThat(stop("i-2").digest()).isNotEqualTo(stop("i-1").digest());
  }

  @Test
  void step_defaultsToAwsCli_whenKindIsAbsent() {
    ExecutionStep step =
        Json.read(
            "{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[\"describe-instances\"],"
                + "\"description\":\"list\"}",
            ExecutionStep.class,
            "step");

    assertThat(step.kind()).isEqualTo(StepKind.AWS_CLI);
  }

  @Test
  void riskLevel_maxAndRaise() {
    assertThat(RiskLevel.LOW.max(RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.MEDIUM.max(RiskLevel.LOW)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.LOW.raised()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.HIGH.raised()).isEqualTo(RiskLevel.HIGH);
  }
}
