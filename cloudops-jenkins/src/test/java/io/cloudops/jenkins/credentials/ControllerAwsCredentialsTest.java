package io.cloudops.jenkins.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.cloudops.aws.AwsCredentialsSpec;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControllerAwsCredentialsTest {

  private static final String WHAT = "scheduled backups";

  @Test
  void keysInTheControllersEnvironment_areUsed_withRegionAndEndpoint() throws AbortException {
    ResolvedAws aws =
        ControllerAwsCredentials.resolve(
            Map.of(
                "AWS_ACCESS_KEY_ID", "AKIACONTROLLER000001",
                "AWS_SECRET_ACCESS_KEY", "controller-secret",
                "AWS_REGION", "eu-west-1",
                "AWS_ENDPOINT_URL", "http://localhost:5000"),
            false,
            WHAT);

    assertThat(aws.credentials()).isInstanceOf(AwsCredentialsSpec.StaticKeys.class);
    assertThat(((AwsCredentialsSpec.StaticKeys) aws.credentials()).accessKeyId())
        .isEqualTo("AKIACONTROLLER000001");
    assertThat(aws.region()).contains("eu-west-1");
    assertThat(aws.endpoint()).contains(URI.create("http://localhost:5000"));
    assertThat(aws.describe())
        .startsWith("the controller's environment (AWS_ACCESS_KEY_ID)")
        .doesNotContain("controller-secret");
  }

  @Test
  void withoutKeys_theDefaultChainNeedsTheAdministratorsPermission() {
    assertThatThrownBy(() -> ControllerAwsCredentials.resolve(Map.of(), false, WHAT))
        .isInstanceOf(AbortException.class)
        .hasMessage(
            "no AWS identity for scheduled backups: set AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY in the controller's environment, or enable 'Allow"
                + " controller default credentials' in Manage Jenkins, System, CloudOps to use its"
                + " AWS_PROFILE or instance role");
  }

  @Test
  void withPermission_aProfileOrTheDefaultChainIsUsed() throws AbortException {
    assertThat(
            ControllerAwsCredentials.resolve(Map.of("AWS_PROFILE", "backups"), true, WHAT)
                .credentials())
        .isEqualTo(new AwsCredentialsSpec.Profile("backups"));
    ResolvedAws chain = ControllerAwsCredentials.resolve(Map.of(), true, WHAT);
    assertThat(chain.credentials()).isEqualTo(new AwsCredentialsSpec.DefaultChain());
    assertThat(chain.source())
        .isEqualTo("the controller's default chain (allowed by the administrator)");
  }

  @Test
  void onlyOneOfTheTwoKeys_isRefused() {
    assertThatThrownBy(
            () ->
                ControllerAwsCredentials.resolve(
                    Map.of("AWS_ACCESS_KEY_ID", "AKIACONTROLLER000001"), true, WHAT))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("sets only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
  }
}
