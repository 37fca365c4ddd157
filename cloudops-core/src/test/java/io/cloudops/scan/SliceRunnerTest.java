package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import io.cloudops.scan.spi.SliceKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class SliceRunnerTest {

  private static final SliceKey SLICE =
      new SliceKey("111122223333", "eu-west-1", "sqs", "sqs:queue");

  /** A scanner that emits given pages, then optionally fails. */
  private record PagedScanner(List<List<String>> pages, RuntimeException failure)
      implements ResourceScanner {
    @Override
    public String service() {
      return "sqs";
    }

    @Override
    public String resourceType() {
      return "sqs:queue";
    }

    @Override
    public void scan(SliceContext context) {
      for (List<String> page : pages) {
        context.emit(page.stream().map(id -> context.resource(id).build()).toList());
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static AwsResource queue(String id) {
    return AwsResource.builder()
        .id(id)
        .accountId(SLICE.accountId())
        .region(SLICE.region())
        .service("sqs")
        .resourceType("sqs:queue")
        .build();
  }

  private static SliceOutcome run(
      ScanOptions options,
      ResourceScanner scanner,
      KnownState known,
      EstateScannerIT.RecordingSink sink) {
    return new SliceRunner(options, sink, known)
        .run(
            SLICE,
            scanner,
            pages ->
                new SliceContext(
                    SLICE, null, r -> null, ForkJoinPool.commonPool(), pages, Instant.EPOCH, 1000));
  }

  @Test
  void cleanSlice_reportsAddedChangedUnchanged_andRemovesWhatItDidNotSee() {
    AwsResource changedBefore = queue("b").toBuilder().tag("old", "yes").build();
    KnownState known = SnapshotKnownState.of(List.of(queue("a"), changedBefore, queue("gone")));
    EstateScannerIT.RecordingSink sink = new EstateScannerIT.RecordingSink();

    SliceOutcome outcome =
        run(
            ScanOptions.builder().build(),
            new PagedScanner(List.of(List.of("a", "b"), List.of("c")), null),
            known,
            sink);

    assertThat(outcome.error()).isEmpty();
    assertThat(outcome.changes()).isEqualTo(new ChangeCounts(1, 1, 1, 1));
    assertThat(sink.removed).containsExactly(queue("gone").key());
    assertThat(sink.pageSizes).containsExactly(2, 1);
  }

  @Test
  void failedSlice_isAnError_andRemovesNothing_evenAfterSomePages() {
    KnownState known = SnapshotKnownState.of(List.of(queue("a"), queue("b")));
    EstateScannerIT.RecordingSink sink = new EstateScannerIT.RecordingSink();
    AwsServiceException throttled =
        AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("Throttling")
                    .errorMessage("Rate exceeded")
                    .build())
            .build();

    SliceOutcome outcome =
        run(
            ScanOptions.builder().build(),
            new PagedScanner(List.of(List.of("a")), throttled),
            known,
            sink);

    assertThat(outcome.error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.errorCode()).isEqualTo("Throttling");
              assertThat(e.region()).isEqualTo("eu-west-1");
              assertThat(e.service()).isEqualTo("sqs");
              assertThat(e.message()).contains("Rate exceeded");
            });
    assertThat(outcome.changes().removed()).isZero();
    assertThat(sink.removed).isEmpty();
    assertThat(sink.completed).isEmpty();
    assertThat(sink.failed).hasSize(1);
  }

  @Test
  void changesOnly_forwardsAddedAndChanged_butCountsUnchanged() {
    KnownState known = SnapshotKnownState.of(List.of(queue("a")));
    EstateScannerIT.RecordingSink sink = new EstateScannerIT.RecordingSink();

    SliceOutcome outcome =
        run(
            ScanOptions.builder().pageContent(ScanOptions.PageContent.CHANGES_ONLY).build(),
            new PagedScanner(List.of(List.of("a", "new")), null),
            known,
            sink);

    assertThat(outcome.changes()).isEqualTo(new ChangeCounts(1, 0, 1, 0));
    assertThat(sink.resources).extracting(AwsResource::id).containsExactly("new");
  }

  @Test
  void targetedSlice_keepsOnlyTargets_andRemovesOnlyMissingTargets() {
    KnownState known = SnapshotKnownState.of(List.of(queue("a"), queue("b"), queue("t-gone")));
    EstateScannerIT.RecordingSink sink = new EstateScannerIT.RecordingSink();

    SliceOutcome outcome =
        run(
            ScanOptions.builder().targets(List.of("a", "t-gone")).build(),
            new PagedScanner(List.of(List.of("a", "b")), null),
            known,
            sink);

    assertThat(outcome.seen()).isEqualTo(1);
    assertThat(sink.resources).extracting(AwsResource::id).containsExactly("a");
    assertThat(sink.removed).containsExactly(queue("t-gone").key());
  }

  @Test
  void knownState_isReadPerSlice() {
    List<SliceKey> asked = new ArrayList<>();
    KnownState known =
        slice -> {
          asked.add(slice);
          return Map.of();
        };

    run(
        ScanOptions.builder().build(),
        new PagedScanner(List.of(), null),
        known,
        new EstateScannerIT.RecordingSink());

    assertThat(asked).containsExactly(SLICE);
  }
}
