package io.cloudops.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.rds.RdsClient;

@ExtendWith(MotoExtension.class)
class SampleEstateIT {

  @Test
  void create_buildsTheDemoEstate_withTwoIdleDevInstances(MotoServer moto) {
    List<String> progress = new ArrayList<>();
    try (AwsClientFactory aws =
        AwsClientFactory.builder()
            .credentials(new AwsCredentialsSpec.StaticKeys("testing", Secret.of("testing"), null))
            .endpointOverride(moto.endpoint())
            .build()) {

      SampleEstate.Created created = new SampleEstate(aws, progress::add).create();

      assertThat(created.allInstanceIds()).hasSize(9);
      assertThat(created.idleDevInstanceIds()).hasSize(2);
      try (Ec2Client ec2 = aws.client(Ec2Client.builder(), SampleEstate.REGION);
          RdsClient rds = aws.client(RdsClient.builder(), SampleEstate.REGION)) {
        List<String> idleTagged =
            ec2
                .describeInstances(
                    r -> r.filters(Filter.builder().name("tag:idle").values("true").build()))
                .reservations()
                .stream()
                .flatMap(res -> res.instances().stream())
                .map(i -> i.instanceId())
                .toList();
        assertThat(idleTagged).containsExactlyInAnyOrderElementsOf(created.idleDevInstanceIds());
        assertThat(rds.describeDBInstances().dbInstances())
            .extracting(d -> d.dbInstanceIdentifier())
            .contains("billing-prod-db");
      }
      assertThat(created.total()).isGreaterThanOrEqualTo(20);
      assertThat(progress).isNotEmpty();
    }
  }
}
