package io.cloudops.jenkins.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.TestCredentials;
import io.cloudops.jenkins.TestRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepAwsCredentialsTest {

  @TempDir Path home;

  @Test
  void credentialsId_isLookedUpAsAwsCredentials_andTracked() throws Exception {
    FakeJenkins jenkins =
        new FakeJenkins(home).add(TestCredentials.aws("prod", "AKIAPROD00000001", "s3cr3t", "tok"));

    ResolvedAws aws =
        new StepAwsCredentials(jenkins)
            .resolve(
                "prod",
                new TestRun("app", 1),
                Map.of(),
                new EnvVars("AWS_REGION", "eu-west-1"),
                false);

    assertThat(aws.credentials())
        .isEqualTo(
            new AwsCredentialsSpec.StaticKeys(
                "AKIAPROD00000001", Secret.of("s3cr3t"), Secret.of("tok")));
    assertThat(aws.region()).contains("eu-west-1");
    assertThat(jenkins.tracked()).containsExactly("prod");
  }

  @Test
  void anUnknownId_orOneOfAnotherKind_aborts() {
    FakeJenkins jenkins = new FakeJenkins(home).add(TestCredentials.secretText("text", "x"));
    StepAwsCredentials credentials = new StepAwsCredentials(jenkins);

    assertThatThrownBy(
            () -> credentials.resolve("missing", new TestRun("app", 1), Map.of(), null, true))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("'missing' were not found");
    assertThatThrownBy(
            () -> credentials.resolve("text", new TestRun("app", 1), Map.of(), null, true))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("not of kind 'AWS Credentials'");
  }

  @Test
  void withoutAnId_theBoundKeysAreUsed() throws Exception {
    EnvVars keys =
        new EnvVars("AWS_ACCESS_KEY_ID", "AKIAENV000000001", "AWS_SECRET_ACCESS_KEY", "k");
    ResolvedAws aws =
        new StepAwsCredentials(new FakeJenkins(home))
            .resolve(" ", new TestRun("app", 1), keys, keys, false);

    assertThat(((AwsCredentialsSpec.StaticKeys) aws.credentials()).accessKeyId())
        .isEqualTo("AKIAENV000000001");
  }
}
