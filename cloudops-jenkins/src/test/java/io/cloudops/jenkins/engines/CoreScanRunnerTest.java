package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.scan.ScanOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a pipeline's scan request becomes the core's scan options. */
class CoreScanRunnerTest {

  private static final AwsCredentialsSpec KEYS =
      new AwsCredentialsSpec.StaticKeys("AKIAUNIT00000001", Secret.of("unit-secret"), null);

  private static ScanRequest request(
      Optional<String> roleArn, List<String> accounts, boolean incremental) {
    return new ScanRequest(
        new ResolvedAws(
            KEYS,
            Optional.of("eu-west-1"),
            Optional.of(URI.create("http://127.0.0.1:5000")),
            "env"),
        List.of("eu-west-1"),
        List.of("ec2", "s3"),
        incremental,
        roleArn,
        Optional.of("ext-1"),
        accounts);
  }

  @Test
  void regionsServicesAndEndpoint_arePassedOn_withTheStepCredentials() {
    ScanOptions options = CoreScanRunner.options(request(Optional.empty(), List.of(), false));

    assertThat(options.credentials()).isEqualTo(KEYS);
    assertThat(options.regions()).containsExactly("eu-west-1");
    assertThat(options.services()).containsExactlyInAnyOrder("ec2", "s3");
    assertThat(options.endpointOverride()).contains(URI.create("http://127.0.0.1:5000"));
    assertThat(options.pageContent()).isNotEqualTo(ScanOptions.PageContent.CHANGES_ONLY);
  }

  @Test
  void incremental_forwardsOnlyChanges_asItsHelpSays() throws IOException {
    assertThat(CoreScanRunner.options(request(Optional.empty(), List.of(), true)).pageContent())
        .isEqualTo(ScanOptions.PageContent.CHANGES_ONLY);
    assertThat(help("incremental")).contains("writes only the added and changed ones");
  }

  @Test
  void noRegions_meansEveryEnabledRegion_asItsHelpSays() throws IOException {
    ScanRequest everywhere =
        new ScanRequest(
            new ResolvedAws(KEYS, Optional.empty(), Optional.empty(), "test"),
            List.of(),
            List.of(),
            false,
            Optional.empty(),
            Optional.empty(),
            List.of());

    assertThat(CoreScanRunner.options(everywhere).regions()).isEmpty();
    assertThat(help("regions")).contains("every region enabled in the account");
  }

  private static String help(String field) throws IOException {
    return Files.readString(
        Path.of(
            "src/main/resources/io/cloudops/jenkins/scan/CloudOpsScanStep/help-"
                + field
                + ".html"));
  }

  @Test
  void aRoleWithoutAccounts_isAssumedWithTheStepCredentials() {
    ScanOptions options =
        CoreScanRunner.options(
            request(Optional.of("arn:aws:iam::111111111111:role/reader"), List.of(), false));

    assertThat(options.credentials())
        .isEqualTo(
            new AwsCredentialsSpec.AssumeRole(
                KEYS, "arn:aws:iam::111111111111:role/reader", "ext-1", "cloudops-jenkins"));
  }

  @Test
  void accounts_areReachedThroughTheRoleOfTheSameName() {
    ScanOptions options =
        CoreScanRunner.options(
            request(
                Optional.of("arn:aws:iam::111111111111:role/reader"),
                List.of("222222222222", "333333333333"),
                false));

    assertThat(options.accounts())
        .extracting(a -> ((AwsCredentialsSpec.AssumeRole) a.credentials()).roleArn())
        .containsExactly(
            "arn:aws:iam::222222222222:role/reader", "arn:aws:iam::333333333333:role/reader");
  }

  @Test
  void accountsWithoutARole_orABadRoleArn_areRefusedWithAOneLineMessage() {
    assertThatThrownBy(
            () -> CoreScanRunner.options(request(Optional.empty(), List.of("222222222222"), false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("needs roleArn");
    assertThatThrownBy(() -> CoreScanRunner.roleName("reader"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a role ARN");
  }
}
