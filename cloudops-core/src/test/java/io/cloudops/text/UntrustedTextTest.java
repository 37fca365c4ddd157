package io.cloudops.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.Message;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.ResponseType;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.ServerResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  private static final String DECEPTIVE = "Medium\u001b[2K\r\u001b[1Astop \u202eetanimret\u200b ok";

  @Test
  void strip_removesEscapesAndInvisibleCharacters_keepsLinesAndText() {
    assertThat(UntrustedText.strip(DECEPTIVE)).isEqualTo("Medium[2K[1Astop etanimret ok");
    assertThat(UntrustedText.strip("two\nlines\tand tab")).isEqualTo("two\nlines\tand tab");
    assertThat(UntrustedText.strip("Zürich – ok")).isEqualTo("Zürich – ok");
  }

  @Test
  void visible_showsEveryHiddenCharacter() {
    assertThat(UntrustedText.visible("a\u001bb\u202ec\nd")).isEqualTo("a\\u001bb\\u202ec\nd");
  }

  @Test
  void problem_findsHiddenCharactersAlsoInTheirCompatibilityForms() {
    assertThat(UntrustedText.problem("plain value")).isEmpty();
    assertThat(UntrustedText.problem("\u0001http://x"))
        .hasValueSatisfying(p -> assertThat(p).contains("U+0001"));
    assertThat(UntrustedText.problem("a\u00adb")).isPresent();
    assertThat(UntrustedText.comparable(" ＦＩＬＥ://x")).isEqualTo("file://x");
  }

  @Test
  void serverTexts_areStrippedWhereTheModelIsBuilt() {
    ServerResponse answer =
        new ServerResponse(
            ResponseType.COMMAND,
            DECEPTIVE,
            null,
            true,
            new RiskAssessment(RiskLevel.LOW, DECEPTIVE, List.of(DECEPTIVE)));
    PlannedStep step = PlannedStep.awsCli("1", "ec2", List.of("describe-instances"), DECEPTIVE);

    assertThat(answer.content()).doesNotContain("\u001b", "\u202e", "\r");
    assertThat(answer.riskAssessment().summary()).doesNotContain("\u001b");
    assertThat(answer.riskAssessment().reasons().get(0)).doesNotContain("\u001b");
    assertThat(step.description()).doesNotContain("\u001b", "\u202e");
  }

  @Test
  void storedMessages_maskAwsKeys() {
    Message message = Message.user("use AKIAIOSFODNN7EXAMPLE please", Instant.EPOCH);

    assertThat(message.content()).isEqualTo("use **** please");
  }
}
