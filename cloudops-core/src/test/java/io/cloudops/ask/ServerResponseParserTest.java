package io.cloudops.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.model.ResponseType;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.StepKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerResponseParserTest {

  static final String COMMAND =
      """
      {"response_type":"Command","content":"Stopping the idle dev instance.",
       "execution_plan":{"steps":[
         {"step_id":"1","command":"ec2","args":["stop-instances","--instance-ids","i-0abc1234"],
          "description":"stop it"},
         {"step_id":"2","command":"","args":[],"description":"tag","kind":"aws_sdk",
          "service":"ec2","operation":"CreateTags","params":{"Resources":["i-0abc1234"]}}],
        "estimated_duration":20},
       "requires_approval":true,
       "risk_assessment":{"level":"Medium","summary":"changes one instance","reasons":["write"]}}
      """;

  private final ServerResponseParser parser = new ServerResponseParser(1024 * 1024);

  private ServerResponse parse(String json) {
    return parser.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void command_withPlanAndRisk() {
    ServerResponse response = parse(COMMAND);

    assertThat(response.responseType()).isEqualTo(ResponseType.COMMAND);
    assertThat(response.plan().orElseThrow().steps()).hasSize(2);
    assertThat(response.plan().orElseThrow().steps().get(0).kind()).isEqualTo(StepKind.AWS_CLI);
    assertThat(response.plan().orElseThrow().steps().get(1).kind()).isEqualTo(StepKind.AWS_SDK);
    assertThat(response.risk().orElseThrow().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(response.requiresApproval()).isTrue();
  }

  @Test
  void information_andClarification_needNoPlan() {
    assertThat(
            parse(
                    "{\"response_type\":\"Information\",\"content\":\"3 buckets\","
                        + "\"execution_plan\":null,\"requires_approval\":false,"
                        + "\"risk_assessment\":null}")
                .responseType())
        .isEqualTo(ResponseType.INFORMATION);
    assertThat(
            parse(
                    "{\"response_type\":\"Clarification\",\"content\":\"Which account?\","
                        + "\"requires_approval\":false}")
                .plan())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | <html>oops</html> | not JSON",
        "array | [1,2] | not a JSON object",
        "unknown type | {\"response_type\":\"Shell\",\"content\":\"x\",\"requires_approval\":false} | unknown response_type 'Shell'",
        "lower-case type | {\"response_type\":\"command\",\"content\":\"x\",\"requires_approval\":false} | unknown response_type",
        "missing content | {\"response_type\":\"Information\",\"requires_approval\":false} | content is missing",
        "missing requires_approval | {\"response_type\":\"Information\",\"content\":\"x\"} | requires_approval",
        "command without plan | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true} | has no execution_plan",
        "command with no steps | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[]}} | no steps",
        "unknown risk | {\"response_type\":\"Information\",\"content\":\"x\",\"requires_approval\":false,\"risk_assessment\":{\"level\":\"None\"}} | unknown risk_assessment.level 'None'",
        "step without id | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"command\":\"ec2\",\"args\":[],\"description\":\"d\"}]}} | steps[0].step_id is missing",
        "repeated step id | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[],\"description\":\"d\"},{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[],\"description\":\"d\"}]}} | repeated",
        "non-string arg | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[1],\"description\":\"d\"}]}} | not a string",
        "unknown kind | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[],\"description\":\"d\",\"kind\":\"shell\"}]}} | kind 'shell' is unknown",
        "sdk without operation | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"\",\"args\":[],\"description\":\"d\",\"kind\":\"aws_sdk\",\"service\":\"ec2\"}]}} | operation is missing",
        "script without script | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"steps\":[{\"step_id\":\"1\",\"command\":\"\",\"args\":[],\"description\":\"d\",\"kind\":\"script\"}]}} | script is missing",
        "negative duration | {\"response_type\":\"Command\",\"content\":\"x\",\"requires_approval\":true,\"execution_plan\":{\"estimated_duration\":-5,\"steps\":[{\"step_id\":\"1\",\"command\":\"ec2\",\"args\":[],\"description\":\"d\"}]}} | estimated_duration",
      })
  void malformed_isRefusedNamingTheProblem(String name, String body, String problem) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("planning server sent an invalid answer")
        .hasMessageContaining(problem.trim());
  }

  @Test
  void oversizedBody_isRefused() {
    ServerResponseParser small = new ServerResponseParser(64);

    assertThatThrownBy(() -> small.parse(COMMAND.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("more than 64 bytes");
  }
}
