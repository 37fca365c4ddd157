package io.cloudops.jenkins.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsCredentialsResolverTest {

  private static final Map<String, String> BOUND =
      Map.of(
          "AWS_ACCESS_KEY_ID", "AKIAENVIRONMENT1",
          "AWS_SECRET_ACCESS_KEY", "env-secret",
          "AWS_SESSION_TOKEN", "env-session",
          "AWS_DEFAULT_REGION", "eu-central-1");

  private static final AwsCredentialsResolver.Explicit EXPLICIT =
      new AwsCredentialsResolver.Explicit(
          "prod-aws",
          new AwsCredentialsSpec.StaticKeys(
              "AKIAEXPLICIT0001", Secret.of("explicit-secret"), null));

  private final AwsCredentialsResolver strict = new AwsCredentialsResolver(false);
  private final AwsCredentialsResolver permissive = new AwsCredentialsResolver(true);

  @Test
  void credentialsId_winsOverTheEnvironment_butRegionStillComesFromIt() throws Exception {
    ResolvedAws aws = strict.resolve(Optional.of(EXPLICIT), BOUND, BOUND);

    assertThat(aws.credentials()).isSameAs(EXPLICIT.keys());
    assertThat(aws.region()).contains("eu-central-1");
    assertThat(aws.source()).isEqualTo("credentials 'prod-aws'");
  }

  @Test
  void environmentKeys_fromWithCredentials_areUsedWithTheirSessionToken() throws Exception {
    ResolvedAws aws = strict.resolve(Optional.empty(), BOUND, BOUND);

    assertThat(aws.credentials())
        .isEqualTo(
            new AwsCredentialsSpec.StaticKeys(
                "AKIAENVIRONMENT1", Secret.of("env-secret"), Secret.of("env-session")));
    assertThat(aws.source()).contains("bound by withCredentials/withAWS");
  }

  @Test
  void keysOnlyInTheNodesEnvironment_areNotUsed_andTheMessageSaysWhy() {
    assertThatThrownBy(() -> strict.resolve(Optional.empty(), Map.of(), BOUND))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("AWS_ACCESS_KEY_ID in the node's own environment is not used")
        .hasMessageNotContaining("env-secret");
  }

  @Test
  void keysOnlyInTheNodesEnvironment_withControllerDefaultsAllowed_areStillNotUsed()
      throws Exception {
    ResolvedAws aws = permissive.resolve(Optional.empty(), Map.of(), BOUND);

    assertThat(aws.credentials()).isInstanceOf(AwsCredentialsSpec.DefaultChain.class);
    assertThat(aws.describe())
        .contains("AWS_ACCESS_KEY_ID in the node's own environment is not used")
        .doesNotContain("env-secret");
  }

  @Test
  void awsRegion_winsOverAwsDefaultRegion_andTheEndpointIsHonoured() throws Exception {
    ResolvedAws aws =
        strict.resolve(
            Optional.of(EXPLICIT),
            Map.of(),
            Map.of(
                "AWS_REGION", "us-west-2",
                "AWS_DEFAULT_REGION", "eu-central-1",
                "AWS_ENDPOINT_URL", "http://localhost:4566"));

    assertThat(aws.region()).contains("us-west-2");
    assertThat(aws.endpoint()).contains(URI.create("http://localhost:4566"));
  }

  @Test
  void noCredentials_andNoControllerDefault_abortsSayingHowToGiveSome() {
    assertThatThrownBy(
            () -> strict.resolve(Optional.empty(), Map.of(), Map.of("AWS_REGION", "eu-west-1")))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("credentialsId")
        .hasMessageContaining("withCredentials([aws(...)])")
        .hasMessageContaining("Allow controller default credentials");
  }

  @Test
  void awsProfile_readsControllerFiles_soIsRefusedUnlessAllowed() throws Exception {
    Map<String, String> env = Map.of("AWS_PROFILE", "ops");

    assertThatThrownBy(() -> strict.resolve(Optional.empty(), Map.of(), env))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("AWS_PROFILE");
    assertThat(permissive.resolve(Optional.empty(), Map.of(), env).credentials())
        .isEqualTo(new AwsCredentialsSpec.Profile("ops"));
  }

  @Test
  void defaultChain_isUsedOnlyWhenTheAdministratorAllowedIt() throws Exception {
    ResolvedAws aws = permissive.resolve(Optional.empty(), Map.of(), Map.of());

    assertThat(aws.credentials()).isInstanceOf(AwsCredentialsSpec.DefaultChain.class);
    assertThat(aws.source()).contains("allowed by the administrator");
  }

  @Test
  void onlyOneOfTheKeyVariables_aborts() {
    assertThatThrownBy(
            () ->
                permissive.resolve(
                    Optional.empty(), Map.of("AWS_ACCESS_KEY_ID", "AKIA1"), Map.of()))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
  }

  @Test
  void aRelativeEndpoint_aborts() {
    assertThatThrownBy(
            () ->
                strict.resolve(
                    Optional.of(EXPLICIT), Map.of(), Map.of("AWS_ENDPOINT_URL", "localhost")))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("AWS_ENDPOINT_URL 'localhost'");
  }

  @Test
  void describe_namesTheSourceButNoSecret() throws Exception {
    String line = strict.resolve(Optional.empty(), BOUND, BOUND).describe();

    assertThat(line).contains("****ENT1").contains("eu-central-1");
    assertThat(line).doesNotContain("env-secret").doesNotContain("env-session");
  }
}
