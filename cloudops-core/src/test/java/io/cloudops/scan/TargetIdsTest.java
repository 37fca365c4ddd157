package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.scan.resources.Ec2InstanceScanner;
import io.cloudops.scan.resources.Ec2VolumeScanner;
import io.cloudops.scan.resources.RdsInstanceScanner;
import io.cloudops.scan.resources.S3BucketScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetIdsTest {

  @Test
  void ec2Ids_selectOnlyTheirType() {
    TargetIds ids = TargetIds.of(List.of("i-0abc", " vol-9 "));

    assertThat(ids.selects(new Ec2InstanceScanner())).isTrue();
    assertThat(ids.selects(new Ec2VolumeScanner())).isTrue();
    assertThat(ids.selects(new RdsInstanceScanner())).isFalse();
    assertThat(ids.selects(new S3BucketScanner())).isFalse();
  }

  @Test
  void arns_selectTheirService() {
    TargetIds ids = TargetIds.of(List.of("arn:aws:rds:eu-west-1:111122223333:db:orders"));

    assertThat(ids.selects(new RdsInstanceScanner())).isTrue();
    assertThat(ids.selects(new Ec2InstanceScanner())).isFalse();
  }

  @Test
  void bareNames_selectEveryType() {
    TargetIds ids = TargetIds.of(List.of("my-bucket"));

    assertThat(ids.selects(new S3BucketScanner())).isTrue();
    assertThat(ids.selects(new Ec2InstanceScanner())).isTrue();
  }

  @Test
  void matchesKey_byIdOrArnSuffix() {
    TargetIds ids = TargetIds.of(List.of("orders"));

    assertThat(ids.matchesKey("arn:aws:sqs:eu-west-1:111122223333:orders")).isTrue();
    assertThat(ids.matchesKey("111122223333/eu-west-1/sqs:queue/orders")).isTrue();
    assertThat(ids.matchesKey("arn:aws:sqs:eu-west-1:111122223333:orders-dlq")).isFalse();
  }
}
