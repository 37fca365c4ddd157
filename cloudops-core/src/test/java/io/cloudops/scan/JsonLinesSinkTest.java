package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkTest {

  private static AwsResource bucket(String name, String region) {
    return AwsResource.builder()
        .id(name)
        .arn("arn:aws:s3:::" + name)
        .accountId("111122223333")
        .region(region)
        .service("s3")
        .resourceType("s3:bucket")
        .property("versioning", "Enabled")
        .build();
  }

  @Test
  void writtenLines_readBackAsKnownState_underTheGlobalSlice(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("estate.jsonl");
    SliceKey slice = new SliceKey("111122223333", "global", "s3", "s3:bucket");
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLinesSink sink = new JsonLinesSink(writer);
      sink.accept(slice, List.of(bucket("logs", "eu-west-1"), bucket("data", "us-east-1")));
      assertThat(sink.written()).isEqualTo(2);
    }

    SnapshotKnownState known = SnapshotKnownState.readJsonLines(file);

    assertThat(Files.readAllLines(file)).hasSize(2);
    assertThat(known.size()).isEqualTo(2);
    assertThat(known.hashes(slice))
        .containsEntry("arn:aws:s3:::logs", bucket("logs", "eu-west-1").contentHash());
  }

  @Test
  void missingFile_isNothingKnown(@TempDir Path dir) {
    assertThat(SnapshotKnownState.readJsonLines(dir.resolve("none.jsonl")).size()).isZero();
  }

  @Test
  void corruptFile_isBadInput_namingTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("estate.jsonl");
    Files.writeString(file, "{not json\n");

    assertThatThrownBy(() -> SnapshotKnownState.readJsonLines(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 1");
  }
}
