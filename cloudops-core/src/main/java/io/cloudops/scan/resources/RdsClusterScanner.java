package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.DescribeDbClustersResponse;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/** RDS DB clusters ({@code DescribeDBClusters}). */
public final class RdsClusterScanner implements ResourceScanner {

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public String resourceType() {
    return "rds:db-cluster";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeDbClustersResponse page :
        context
            .clients()
            .rds()
            .describeDBClustersPaginator(r -> r.maxRecords(context.pageSize(20, 100)))) {
      context.emit(page.dbClusters().stream().map(c -> map(context, c)).toList());
    }
  }

  private static AwsResource map(SliceContext context, DBCluster c) {
    Map<String, String> tags = Tags.of(c.tagList(), t -> t.key(), t -> t.value());
    return context
        .resource(c.dbClusterIdentifier())
        .arn(c.dbClusterArn())
        .name(c.dbClusterIdentifier())
        .state(c.status())
        .tags(tags)
        .property("engine", c.engine())
        .property("engine_version", c.engineVersion())
        .property("multi_az", c.multiAZ())
        .property("storage_encrypted", c.storageEncrypted())
        .property("endpoint", c.endpoint())
        .property("members", c.dbClusterMembers().size())
        .relate(
            "instances",
            c.dbClusterMembers().stream().map(DBClusterMember::dbInstanceIdentifier).toList())
        .relate(
            "security_groups",
            c.vpcSecurityGroups().stream()
                .map(VpcSecurityGroupMembership::vpcSecurityGroupId)
                .toList())
        .createdAt(c.clusterCreateTime())
        .build();
  }
}
