package io.cloudops.execute.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliCommandParserTest {

  @Test
  void parse_typesEverySpellingOfAListIntoTheSameCanonicalCommand() {
    List<String> expected =
        List.of("ec2", "stop-instances", "--instance-ids=[\"i-1\",\"i-2\"]", "--force");

    for (List<String> args :
        List.of(
            List.of("stop-instances", "--instance-ids", "i-1", "i-2", "--force"),
            List.of("stop-instances", "--instance-ids", "[\"i-1\",\"i-2\"]", "--force"),
            List.of("stop-instances", "--instance-ids=[\"i-1\", \"i-2\"]", "--force"),
            List.of("stop-instances", "--force", "--instance-ids", " [\"i-1\",\"i-2\"] "))) {
      assertThat(CliCommandParser.parse("ec2", args).arguments("OUT")).isEqualTo(expected);
    }
  }

  @Test
  void parse_readsShorthandAndJsonStructuresAlike() {
    ParsedCommand shorthand =
        CliCommandParser.parse(
            "ec2",
            List.of(
                "create-tags",
                "--resources",
                "i-1",
                "--tags",
                "Key=env,Value=prod",
                "Key=team,Value=web"));
    ParsedCommand json =
        CliCommandParser.parse(
            "ec2",
            List.of(
                "create-tags",
                "--resources=[\"i-1\"]",
                "--tags",
                "[{\"Key\":\"env\",\"Value\":\"prod\"},{\"Key\":\"team\",\"Value\":\"web\"}]"));

    assertThat(shorthand.params()).isEqualTo(json.params());
    assertThat(shorthand.arguments("OUT"))
        .containsExactly(
            "ec2",
            "create-tags",
            "--resources=[\"i-1\"]",
            "--tags=[{\"Key\":\"env\",\"Value\":\"prod\"},{\"Key\":\"team\",\"Value\":\"web\"}]");
  }

  @Test
  void parse_typesScalarsFlagsAndNumbers() {
    ParsedCommand command =
        CliCommandParser.parse(
            "ec2", List.of("describe-instances", "--max-results", "5", "--no-dry-run"));

    assertThat(command.params().get("MaxResults").intValue()).isEqualTo(5);
    assertThat(command.params().get("DryRun").booleanValue()).isFalse();
    assertThat(command.arguments("OUT"))
        .containsExactly("ec2", "describe-instances", "--no-dry-run", "--max-results=5");
  }

  @Test
  void parse_namesOperationsAndMembersAsTheAwsCliDoes() {
    ParsedCommand command =
        CliCommandParser.parse(
            "rds", List.of("describe-db-instances", "--db-instance-identifier", "orders-db"));

    assertThat(command.operation().apiName()).isEqualTo("DescribeDBInstances");
    assertThat(command.params().get("DBInstanceIdentifier").asText()).isEqualTo("orders-db");
  }

  @Test
  void streamingOperation_dropsThePlansOutputFileForTheExecutors() {
    ParsedCommand command =
        CliCommandParser.parse(
            "s3api",
            List.of("get-object", "/home/u/.bashrc", "--bucket", "drop", "--key", "payload"));

    assertThat(command.operation().streamingOutput()).isTrue();
    assertThat(command.arguments("/run/dir/step-1.out"))
        .containsExactly(
            "s3api", "get-object", "--bucket=drop", "--key=payload", "/run/dir/step-1.out")
        .doesNotContain("/home/u/.bashrc");
  }

  @Test
  void lambdaInvoke_isAStreamingOperationAsInTheAwsCli() {
    assertThat(AwsOperations.require("lambda", "invoke").streamingOutput()).isTrue();
    assertThat(AwsOperations.require("ec2", "stop-instances").streamingOutput()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--e",
        "--endpoint",
        "--endpoint-url",
        "--region",
        "--regio",
        "--profile",
        "--output",
        "--query",
        "--debug",
        "--cli-input-json",
        "--no-verify-ssl",
        "--ca-bundle",
        "--instance-id",
        "--INSTANCE-IDS",
        "--instance"
      })
  void optionsThatAreNotExactMembers_areRefused(String option) {
    assertRefused("stop-instances", "--instance-ids", "i-1", option, "x");
    assertRefused("stop-instances", "--instance-ids", "i-1", option + "=x");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "fileb://key.pem",
        "FILE://x",
        " file://x",
        "\u0001http://evil.example",
        "http://169.254.169.254/latest",
        "ｆｉｌｅ://x",
        "a\u001b[2Jb",
        "a\u202eb",
        "a\u200bb",
        "line\nbreak"
      })
  void valuesWithControlCharactersOrFilePrefixes_areRefused(String value) {
    assertRefused("create-tags", "--resources", "i-1", "--tags", "Key=a,Value=" + value);
    assertRefused("create-tags", "--resources", value);
    assertRefused(
        "create-tags",
        "--resources",
        "i-1",
        "--tags",
        "[{\"Key\":\"a\",\"Value\":\"" + json(value) + "\"}]");
  }

  @Test
  void urlMembers_takeCheckedHttpsUrlsOnly() {
    ParsedCommand command =
        CliCommandParser.parse(
            "sqs",
            List.of(
                "get-queue-attributes", "--queue-url", "https://sqs.us-east-1.amazonaws.com/1/q"));
    assertThat(command.params().get("QueueUrl").asText()).startsWith("https://sqs.");

    assertThatThrownBy(
            () ->
                CliCommandParser.parse(
                    "sqs", List.of("get-queue-attributes", "--queue-url", "file:///etc/passwd")))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3 cp a b",
        "s3 sync a b",
        "ec2 wait instance-running",
        "configure set a b",
        "cloudformation deploy --template-file x",
        "secretsmanager-x get-secret-value",
        "ec2 no-such-operation",
        "ec2 describe-instances-paginator",
        "s3api put-object --bucket b --key k --body /etc/passwd",
        "ec2 describe-instances extra",
        "ec2 stop-instances --instance-ids i-1 --instance-ids i-2",
        "ec2 stop-instances --dry-run=true --instance-ids i-1",
        "ec2 describe-instances --max-results five"
      })
  void commandsOutsideTheModel_areRefused(String command) {
    String[] parts = command.split(" ");
    assertThatThrownBy(
            () -> CliCommandParser.parse(parts[0], List.of(parts).subList(1, parts.length)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void valueThatLooksLikeAnOption_isKeptInsideItsOwnArgument() {
    ParsedCommand command =
        CliCommandParser.parse(
            "ec2",
            List.of("create-tags", "--resources", "i-1", "--tags", "Key=a,Value=--endpoint-url=x"));

    assertThat(command.arguments("OUT"))
        .containsExactly(
            "ec2",
            "create-tags",
            "--resources=[\"i-1\"]",
            "--tags=[{\"Key\":\"a\",\"Value\":\"--endpoint-url=x\"}]");
  }

  private static String json(String value) {
    StringBuilder out = new StringBuilder();
    value
        .chars()
        .forEach(
            c -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }

  private static void assertRefused(String operation, String... args) {
    List<String> all = new ArrayList<>();
    all.add(operation);
    all.addAll(List.of(args));
    assertThatThrownBy(() -> CliCommandParser.parse("ec2", all))
        .isInstanceOf(InvalidInputException.class);
  }
}
