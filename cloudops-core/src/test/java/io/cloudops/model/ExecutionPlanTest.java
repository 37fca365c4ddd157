package io.cloudops.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionPlanTest {

  private static ExecutionPlan stop(String id) {
    return new ExecutionPlan(
        List.of(
            PlannedStep.awsCli("1", "ec2", List.of("stop-instances", "--instance-ids", id), "")),
        null);
  }

  @Test
  void digest_isStableAcrossSerialization() {
    ExecutionPlan plan = stop("i-1");

    ExecutionPlan reread = Json.read(Json.write(plan), ExecutionPlan.class, "plan");

    assertThat(reread.digest()).isEqualTo(plan.digest()).hasSize(64);
  }

  @Test
  void awsCommandWithTheServiceFirst_isTheSameStepAsTheService() {
    ExecutionPlan viaAws =
        Json.read(
            "{\"steps\":[{\"step_id\":\"1\",\"command\":\"aws\","
                + "\"args\":[\"ec2\",\"stop-instances\",\"--instance-ids\",\"i-1\"]}]}",
            ExecutionPlan.class,
            "plan");

    assertThat(viaAws.steps().get(0).command()).isEqualTo("ec2");
    assertThat(viaAws.steps().get(0).args())
        .containsExactly("stop-instances", "--instance-ids", "i-1");
    assertThat(viaAws.digest()).isEqualTo(stop("i-1").digest());
  }

  @Test
  void awsCommandWithAnOptionFirst_isLeftForTheExecutorToJudge() {
    PlannedStep step = PlannedStep.awsCli("1", "aws", List.of("--region", "eu-west-1", "ec2"), "");

    assertThat(step.command()).isEqualTo("aws");
    assertThat(step.args()).hasSize(3);
  }

  @Test
  void digest_changesWhenAnyArgumentChanges() {
    assertThat(stop("i-2").digest()).isNotEqualTo(stop("i-1").digest());
  }

  @Test
  void step_defaultsToAwsCli_whenKindIsAbsent() {
    PlannedStep step =
        Json.read(
            "{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[\"describe-instances\"],"
                + "\"description\":\"list\"}",
            PlannedStep.class,
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
