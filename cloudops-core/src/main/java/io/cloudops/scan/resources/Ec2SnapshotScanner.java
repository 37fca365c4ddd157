package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/** EBS snapshots owned by the account ({@code DescribeSnapshots}, owner self). */
public final class Ec2SnapshotScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:snapshot";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeSnapshotsResponse page :
        context
            .clients()
            .ec2()
            .describeSnapshotsPaginator(
                r -> r.ownerIds("self").maxResults(context.pageSize(5, 1000)))) {
      context.emit(page.snapshots().stream().map(s -> map(context, s)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Snapshot s) {
    Map<String, String> tags = Tags.of(s.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(s.snapshotId())
        .arn(context.arn("ec2", "snapshot/" + s.snapshotId()))
        .name(Tags.name(tags, s.snapshotId()))
        .state(s.stateAsString())
        .tags(tags)
        .property("volume_size_gib", s.volumeSize())
        .property("encrypted", s.encrypted())
        .property("description", s.description())
        .relate("volume", s.volumeId())
        .createdAt(s.startTime())
        .build();
  }
}
