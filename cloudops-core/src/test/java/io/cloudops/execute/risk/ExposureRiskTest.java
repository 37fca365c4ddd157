package io.cloudops.execute.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExposureRiskTest {

  private final RiskAssessor assessor = RiskAssessor.withDefaults();

  @Test
  void everySensitiveAction_isInAwsIamReference() {
    IamAccessLevels levels = IamAccessLevels.bundled();
    List<SensitiveActions.Entry> all = SensitiveActions.bundled().all();

    assertThat(all).hasSizeGreaterThan(100);
    for (SensitiveActions.Entry entry : all) {
      String[] parts = entry.action().split(":");
      assertThat(levels.level(new IamAction(parts[0], parts[1])))
          .as("%s (from %s) in the IAM reference", entry.action(), entry.source())
          .isPresent();
    }
  }

  @Test
  void highCategories_areHigh_andDataReadsAtLeastMedium() {
    for (SensitiveActions.Entry entry : SensitiveActions.bundled().all()) {
      RiskLevel least =
          entry.category().equals("data-read") || entry.action().equals("lambda:InvokeFunction")
              ? RiskLevel.MEDIUM
              : entry.category().equals("credential-exposure")
                      && entry.action().equals("sts:GetAccessKeyInfo")
                  ? RiskLevel.MEDIUM
                  : RiskLevel.HIGH;
      assertThat(entry.level()).as(entry.action()).isGreaterThanOrEqualTo(least);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sts,get-session-token,HIGH",
    "iam,create-access-key --user-name admin,HIGH",
    "iam,create-login-profile --user-name admin --password x,HIGH",
    "ec2,modify-snapshot-attribute --snapshot-id snap-0abc1234 --attribute createVolumePermission,HIGH",
    "s3api,get-object --bucket b --key k out,MEDIUM",
    "sqs,receive-message --queue-url https://sqs.us-east-1.amazonaws.com/1/q,MEDIUM",
    "dynamodb,scan --table-name orders,MEDIUM",
    "s3api,put-bucket-policy --bucket b --policy {},HIGH",
    "ec2,describe-instances,LOW"
  })
  void cliSteps_areRatedByWhatTheyExpose(String service, String args, RiskLevel expected) {
    StepRisk risk = assessor.assess(PlannedStep.awsCli("1", service, List.of(args.split(" ")), ""));

    assertThat(risk.level()).as(risk.reasons().toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--instance-ids i-0prod1234",
        "--instance-ids [\"i-0prod1234\"]",
        "--instance-ids=[\"i-0prod1234\",\"i-0dev12345\"]",
        "--instance-ids i-0dev12345 i-0prod1234"
      })
  void productionRule_holdsWhateverTheListSyntax(String options) {
    RiskAssessor withStore =
        new RiskAssessor(
            IamAccessLevels.bundled(),
            RiskPolicy.DEFAULT,
            ResourceLookup.of(Map.of("i-0prod1234", Map.of("Environment", "Production"))));
    List<String> args = new ArrayList<>(List.of("stop-instances"));
    args.addAll(List.of(options.split(" ")));

    StepRisk risk = withStore.assess(PlannedStep.awsCli("1", "ec2", args, ""));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.targets()).contains("i-0prod1234");
  }

  @ParameterizedTest
  @CsvSource({"env,prod", "Env,Prod", "ENVIRONMENT,production", "stage,live", "env, prod "})
  void productionRule_matchesTheUsualKeysAndValuesIgnoringCase(String key, String value) {
    assertThat(ProductionRule.DEFAULT.matches(Map.of(key, value))).isTrue();
    assertThat(ProductionRule.DEFAULT.matches(Map.of(key, "staging"))).isFalse();
    assertThat(ProductionRule.DEFAULT.matches(Map.of("team", value))).isFalse();
  }

  @Test
  void unreadableEstate_makesEveryTargetedStepHigh() {
    RiskAssessor blind =
        new RiskAssessor(
            IamAccessLevels.bundled(),
            RiskPolicy.DEFAULT,
            ResourceLookup.unreadable("the key does not open the store"));

    StepRisk risk =
        blind.assess(
            PlannedStep.awsCli(
                "1", "ec2", List.of("stop-instances", "--instance-ids", "i-0abc12345"), ""));

    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reasons())
        .anySatisfy(r -> assertThat(r).contains("the key does not open the store"));
  }

  @Test
  void s3Uris_nameTheirBucket() {
    StepRisk risk =
        assessor.assess(
            PlannedStep.awsCli(
                "1",
                "cloudformation",
                List.of(
                    "create-stack",
                    "--stack-name",
                    "x",
                    "--template-url",
                    "s3://templates-bucket/stack.yaml"),
                ""));

    assertThat(risk.targets()).contains("templates-bucket", "x");
  }

  @Test
  void sixtyIdsInJson_countAsSixtyTargets() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      json.append(i == 0 ? "" : ",").append("\"i-0").append(String.format("%07d", i)).append('"');
    }
    json.append(']');

    StepRisk risk =
        assessor.assess(
            PlannedStep.awsCli(
                "1", "ec2", List.of("stop-instances", "--instance-ids", json.toString()), ""));

    assertThat(risk.targets()).hasSize(60);
  }
}
