package io.cloudops.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.model.RiskLevel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

  private static final String PLAN =
      "{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[\"describe-instances\"]}]}";

  @Test
  void barePlan_isRead_withoutAClaimOrContext() {
    PlanDocument document = PlanDocument.parse(PLAN, "plan");

    assertThat(document.plan().steps()).hasSize(1);
    assertThat(document.serverAssessment()).isNull();
    assertThat(document.contextId()).isNull();
  }

  @Test
  void serverResponse_givesPlanClaimAndContext_andTheSameDigest() {
    PlanDocument document =
        PlanDocument.parse(
            "{\"context_id\":\"c-1\",\"execution_plan\":"
                + PLAN
                + ",\"risk_assessment\":{\"level\":\"High\",\"reasons\":[\"x\"]},\"message\":\"hi\"}",
            "response");

    assertThat(document.contextId()).isEqualTo("c-1");
    assertThat(document.serverAssessment().level()).isEqualTo(RiskLevel.HIGH);
    assertThat(document.plan().digest())
        .isEqualTo(PlanDocument.parse(PLAN, "plan").plan().digest());
  }

  @Test
  void notAPlan_isBadInput_namingTheFile() {
    assertThatThrownBy(() -> PlanDocument.parse("{\"answer\":42}", "plan file p.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan file p.json has no plan");
    assertThatThrownBy(() -> PlanDocument.parse("{nope", "plan file p.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("plan file p.json is not JSON");
    assertThatThrownBy(() -> PlanDocument.parse("{\"steps\":[]}", "plan file p.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no steps");
    assertThatThrownBy(() -> PlanDocument.read(Path.of("/nonexistent/plan.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not exist");
  }
}
