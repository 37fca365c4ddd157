package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.CloudOpsException;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRecordsTest {

  private static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-12-01T11:00:00Z");

  @TempDir Path dataDir;

  private static SliceKey slice(String region, String type) {
    return new SliceKey("123456789012", region, type.substring(0, type.indexOf(':')), type);
  }

  private static AwsResource resource(String id, String region) {
    return AwsResource.builder()
        .id(id)
        .resourceType("ec2:instance")
        .service("ec2")
        .accountId("123456789012")
        .region(region)
        .build();
  }

  @Test
  void recorder_countsPerAccountAndRegion_keepsFailedSlices_andPassesEverythingOn() {
    List<String> passed = new ArrayList<>();
    ScanRecorder recorder =
        new ScanRecorder(
            new ScanSink() {
              @Override
              public void accept(SliceKey s, List<AwsResource> page) {
                passed.add("page " + s + " " + page.size());
              }

              @Override
              public void sliceFailed(SliceKey s, ScanError error) {
                passed.add("failed " + s);
              }
            });
    ScanError denied =
        new ScanError("123456789012", "us-east-1", "rds", "rds:instance", "AccessDenied", "no");

    recorder.accept(
        slice("eu-west-1", "ec2:instance"),
        List.of(resource("i-1", "eu-west-1"), resource("i-2", "eu-west-1")));
    recorder.sliceCompleted(slice("eu-west-1", "ec2:volume"), List.of());
    recorder.sliceFailed(slice("us-east-1", "rds:instance"), denied);
    recorder.failed(denied); // reported again in a summary: kept once

    List<ScanRecord> records = recorder.records(FIRST);

    assertThat(records)
        .containsExactly(
            new ScanRecord("123456789012", "eu-west-1", FIRST, 2, List.of()),
            new ScanRecord("123456789012", "us-east-1", FIRST, 0, List.of(denied)));
    assertThat(passed).hasSize(2);
  }

  @Test
  void merge_replacesTheSameAccountAndRegion_andKeepsTheOthers() {
    ScanRecords records = ScanRecords.in(dataDir);
    ScanError throttled =
        new ScanError("123456789012", "us-east-1", "ec2", "ec2:instance", "Throttling", "slow");

    assertThat(records.read()).isEmpty();
    records.merge(
        List.of(
            new ScanRecord("123456789012", "eu-west-1", FIRST, 5, List.of()),
            new ScanRecord("123456789012", "us-east-1", FIRST, 1, List.of(throttled))));
    records.merge(List.of(new ScanRecord("123456789012", "us-east-1", SECOND, 3, List.of())));

    assertThat(ScanRecords.in(dataDir).read())
        .containsExactly(
            new ScanRecord("123456789012", "eu-west-1", FIRST, 5, List.of()),
            new ScanRecord("123456789012", "us-east-1", SECOND, 3, List.of()));
    assertThat(dataDir.resolve(ScanRecords.FILE_NAME)).content().contains("\"version\" : 1");
  }

  @Test
  void read_ofAnotherVersion_isRefusedWithWhatToDo() throws Exception {
    Files.writeString(dataDir.resolve(ScanRecords.FILE_NAME), "{\"version\": 2, \"records\": []}");

    assertThatThrownBy(() -> ScanRecords.in(dataDir).read())
        .isInstanceOf(CloudOpsException.class)
        .hasMessageContaining("version 2");
  }
}
