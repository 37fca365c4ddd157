package io.cloudops.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class MotoServerIT {

  @Test
  void reset_removesWhatATestCreated(MotoServer moto) {
    try (S3Client s3 =
        MotoClients.configure(S3Client.builder(), moto).forcePathStyle(true).build()) {
      s3.createBucket(b -> b.bucket("harness-check"));
      assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("harness-check");

      moto.reset();

      assertThat(s3.listBuckets().buckets()).isEmpty();
    }
  }

  @Test
  void ec2_hasNoPublicImages_becauseDefaultAmisAreNotLoaded(MotoServer moto) {
    try (var ec2 = MotoClients.configure(Ec2Client.builder(), moto, "eu-west-1").build()) {
      assertThat(ec2.describeImages().images()).isEmpty();
      assertThat(ec2.describeVpcs().vpcs()).as("moto's default VPC").hasSize(1);
    }
  }
}
