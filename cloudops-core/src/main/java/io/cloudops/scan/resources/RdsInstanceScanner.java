package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.Subnet;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/** RDS DB instances ({@code DescribeDBInstances}). */
public final class RdsInstanceScanner implements ResourceScanner {

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public String resourceType() {
    return "rds:db-instance";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeDbInstancesResponse page :
        context
            .clients()
            .rds()
            .describeDBInstancesPaginator(r -> r.maxRecords(context.pageSize(20, 100)))) {
      context.emit(page.dbInstances().stream().map(d -> map(context, d)).toList());
    }
  }

  private static AwsResource map(SliceContext context, DBInstance d) {
    Map<String, String> tags = Tags.of(d.tagList(), t -> t.key(), t -> t.value());
    AwsResource.Builder b =
        context
            .resource(d.dbInstanceIdentifier())
            .arn(d.dbInstanceArn())
            .name(d.dbInstanceIdentifier())
            .state(d.dbInstanceStatus())
            .tags(tags)
            .property("engine", d.engine())
            .property("engine_version", d.engineVersion())
            .property("instance_class", d.dbInstanceClass())
            .property("allocated_storage_gib", d.allocatedStorage())
            .property("multi_az", d.multiAZ())
            .property("storage_encrypted", d.storageEncrypted())
            .property("publicly_accessible", d.publiclyAccessible())
            .property("endpoint", d.endpoint() == null ? null : d.endpoint().address())
            .relate("cluster", d.dbClusterIdentifier())
            .relate(
                "security_groups",
                d.vpcSecurityGroups().stream()
                    .map(VpcSecurityGroupMembership::vpcSecurityGroupId)
                    .toList())
            .createdAt(d.instanceCreateTime());
    if (d.dbSubnetGroup() != null) {
      b.relate("vpc", d.dbSubnetGroup().vpcId())
          .relate(
              "subnets",
              d.dbSubnetGroup().subnets().stream().map(Subnet::subnetIdentifier).toList());
    }
    return b.build();
  }
}
