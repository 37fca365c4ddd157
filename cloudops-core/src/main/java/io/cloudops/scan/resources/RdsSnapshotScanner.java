package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBSnapshot;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsResponse;

/** RDS DB snapshots owned by the account ({@code DescribeDBSnapshots}). */
public final class RdsSnapshotScanner implements ResourceScanner {

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public String resourceType() {
    return "rds:db-snapshot";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeDbSnapshotsResponse page :
        context
            .clients()
            .rds()
            .describeDBSnapshotsPaginator(r -> r.maxRecords(context.pageSize(20, 100)))) {
      context.emit(page.dbSnapshots().stream().map(s -> map(context, s)).toList());
    }
  }

  private static AwsResource map(SliceContext context, DBSnapshot s) {
    Map<String, String> tags = Tags.of(s.tagList(), t -> t.key(), t -> t.value());
    return context
        .resource(s.dbSnapshotIdentifier())
        .arn(s.dbSnapshotArn())
        .name(s.dbSnapshotIdentifier())
        .state(s.status())
        .tags(tags)
        .property("engine", s.engine())
        .property("snapshot_type", s.snapshotType())
        .property("allocated_storage_gib", s.allocatedStorage())
        .property("encrypted", s.encrypted())
        .relate("db_instance", s.dbInstanceIdentifier())
        .relate("vpc", s.vpcId())
        .createdAt(s.snapshotCreateTime())
        .build();
  }
}
