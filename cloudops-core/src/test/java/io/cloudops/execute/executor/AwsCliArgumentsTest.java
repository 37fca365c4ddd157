package io.cloudops.execute.executor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.model.ExecutionStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsCliArgumentsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "fileb://key.pem",
        "http://169.254.169.254/latest",
        "https://evil.example/policy.json",
        "FILE://x",
        " file://x"
      })
  void localFileAndUrlValues_areRefused(String value) {
    assertRefused("argument 2 starts with", "ec2", "create-tags", "--tags", value);
    assertRefused("starts with", "ec2", "create-tags", "--tags=" + value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--profile",
        "--endpoint-url",
        "--debug",
        "--cli-input-json",
        "--cli-binary-format",
        "--cli-read-timeout",
        "--endpoint",
        "--prof",
        "--no-verify-ssl",
        "--ca-bundle",
        "--PROFILE"
      })
  void configurationOverrides_areRefused(String option) {
    assertRefused("overrides what CloudOps configures", "ec2", "describe-instances", option, "x");
    assertRefused("overrides what CloudOps configures", "ec2", "describe-instances", option + "=x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3 cp", "s3 sync", "configure set", "cloudformation deploy"})
  void commandsThatTouchLocalFiles_areRefused(String command) {
    String[] parts = command.split(" ");
    assertRefused("reads or writes local files", parts[0], parts[1], "a", "b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$(touch /tmp/x)", "; rm -rf ~", "`id`", "a && b", "x' \"y", "s3://bucket/key"})
  void shellSyntax_isAcceptedAsLiteralValue(String value) {
    assertThatCode(() -> validate("ec2", "create-tags", "--tags", "Key=a,Value=" + value))
        .doesNotThrowAnyException();
  }

  @org.junit.jupiter.api.Test
  void region_mayOnlyRepeatTheConfiguredOne() {
    assertThatCode(() -> validate("ec2", "describe-instances", "--region", "us-east-1"))
        .doesNotThrowAnyException();
    assertRefused(
        "but this execution runs in us-east-1",
        "ec2",
        "describe-instances",
        "--region",
        "eu-west-1");
  }

  @org.junit.jupiter.api.Test
  void outfile_mustBeAPlainFileName() {
    assertThatCode(() -> validate("s3api", "get-object", "--bucket", "b", "--key", "k", "out.bin"))
        .doesNotThrowAnyException();
    assertRefused(
        "plain file name", "s3api", "get-object", "--bucket", "b", "--key", "k", "/etc/cron.d/x");
    assertRefused("plain file name", "lambda", "invoke", "--function-name", "f", "../x");
  }

  @org.junit.jupiter.api.Test
  void serviceAndOperation_mustBeNames() {
    assertRefused("not an AWS CLI service name", "ec2;id", "describe-instances");
    assertRefused("first argument must be the operation", "ec2", "--debug");
  }

  private static void assertRefused(String message, String service, String... args) {
    assertThatThrownBy(() -> validate(service, args))
        .isInstanceOf(UnsafeStepException.class)
        .hasMessageStartingWith("step s refused: ")
        .hasMessageContaining(message);
  }

  private static void validate(String service, String... args) {
    AwsCliArguments.validate(
        ExecutionStep.awsCli("s", service, new ArrayList<>(List.of(args)), ""), "us-east-1");
  }
}
