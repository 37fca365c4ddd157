package io.cloudops.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

@ExtendWith(MotoExtension.class)
class AwsClientFactoryIT {

  private static final AwsCredentialsSpec KEYS =
      new AwsCredentialsSpec.StaticKeys("AKIDEXAMPLE", Secret.of("testing"), null);

  @Test
  void staticKeys_reachMoto_andS3GoesPathStyle(MotoServer moto) {
    try (AwsClientFactory factory =
            AwsClientFactory.builder().credentials(KEYS).endpointOverride(moto.endpoint()).build();
        S3Client s3 = factory.client(S3Client.builder(), "eu-west-1");
        StsClient sts = factory.client(StsClient.builder(), "eu-west-1")) {
      s3.createBucket(
          b ->
              b.bucket("factory-check")
                  .createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));

      assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("factory-check");
      assertThat(sts.getCallerIdentity().account()).isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);
    }
  }

  @Test
  void assumeRole_answersAsTheTargetAccount(MotoServer moto) {
    String otherAccount = "210987654321";
    String roleArn = "arn:aws:iam::" + otherAccount + ":role/cloudops-scan";
    try (AwsClientFactory base =
            AwsClientFactory.builder().credentials(KEYS).endpointOverride(moto.endpoint()).build();
        IamClient iam = base.client(IamClient.builder(), "us-east-1")) {
      iam.createRole(r -> r.roleName("cloudops-scan").assumeRolePolicyDocument("{}"));
    }
    AwsCredentialsSpec assumed =
        new AwsCredentialsSpec.AssumeRole(KEYS, roleArn, "ext-123", "cloudops-test");

    try (AwsClientFactory factory =
            AwsClientFactory.builder()
                .credentials(assumed)
                .endpointOverride(moto.endpoint())
                .build();
        StsClient sts = factory.client(StsClient.builder(), "us-east-1")) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo(otherAccount);
    }
  }

  @Test
  void describe_neverShowsTheSecret() {
    AwsCredentialsSpec keys =
        new AwsCredentialsSpec.StaticKeys(
            "AKIAABCDEFGHIJKL1234", Secret.of("wJalrXUtnFEMI/K7MDENG"), Secret.of("tok3n"));

    assertThat(keys.describe()).isEqualTo("access key ****1234");
    assertThat(keys.toString()).doesNotContain("wJalrXUtnFEMI").doesNotContain("tok3n");
    assertThat(keys.cliEnvironment())
        .containsEntry("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG")
        .containsEntry("AWS_SESSION_TOKEN", "tok3n");
  }
}
