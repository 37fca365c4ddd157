package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

@ExtendWith(MotoExtension.class)
class ScannerPagingIT {

  private static final int INSTANCES = 1_100;

  @Test
  void scan_ofMoreInstancesThanOnePage_pagesThroughAll(MotoServer moto) {
    Set<String> launched = new HashSet<>();
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, "us-east-1").build()) {
      String ami =
          ec2.registerImage(r -> r.name("paging-image").rootDeviceName("/dev/sda1")).imageId();
      for (int reservation = 0; reservation < 11; reservation++) {
        ec2.runInstances(r -> r.imageId(ami).minCount(100).maxCount(100)).instances().stream()
            .map(Instance::instanceId)
            .forEach(launched::add);
      }
    }
    List<Integer> instancePages = Collections.synchronizedList(new ArrayList<>());
    Set<String> found = Collections.synchronizedSet(new HashSet<>());
    ScanSink sink =
        (slice, page) -> {
          if (slice.resourceType().equals("ec2:instance")) {
            instancePages.add(page.size());
            page.stream().map(AwsResource::id).forEach(found::add);
          }
        };
    ScanOptions options =
        ScanOptions.builder()
            .credentials(EstateScannerIT.KEYS)
            .endpointOverride(moto.endpoint())
            .regions(List.of("us-east-1"))
            .services(List.of("ec2"))
            .pageSize(5)
            .build();

    ScanResult result = new EstateScanner().scan(options, sink, KnownState.NONE, p -> {});

    assertThat(result.errors()).isEmpty();
    assertThat(launched).hasSize(INSTANCES);
    assertThat(found).isEqualTo(launched);
    // moto pages DescribeInstances by reservation: 11 reservations, 5 a page
    assertThat(instancePages).containsExactly(500, 500, 100);
  }
}
