package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ListClustersResponse;

/** EKS clusters ({@code ListClusters}, {@code DescribeCluster}). */
public final class EksClusterScanner implements ResourceScanner {

  @Override
  public String service() {
    return "eks";
  }

  @Override
  public String resourceType() {
    return "eks:cluster";
  }

  @Override
  public void scan(SliceContext context) {
    EksClient eks = context.clients().eks();
    for (ListClustersResponse page :
        eks.listClustersPaginator(r -> r.maxResults(context.pageSize(1, 100)))) {
      context.emit(
          context.mapInParallel(
              page.clusters(),
              name -> map(context, eks.describeCluster(r -> r.name(name)).cluster())));
    }
  }

  private static AwsResource map(SliceContext context, Cluster c) {
    AwsResource.Builder b =
        context
            .resource(c.name())
            .arn(c.arn())
            .name(c.name())
            .state(c.statusAsString())
            .tags(c.tags())
            .property("version", c.version())
            .property("platform_version", c.platformVersion())
            .property("endpoint", c.endpoint())
            .relate("role", c.roleArn())
            .createdAt(c.createdAt());
    if (c.resourcesVpcConfig() != null) {
      b.relate("vpc", c.resourcesVpcConfig().vpcId())
          .relate("subnets", c.resourcesVpcConfig().subnetIds())
          .relate("security_groups", c.resourcesVpcConfig().securityGroupIds())
          .property("public_endpoint", c.resourcesVpcConfig().endpointPublicAccess());
    }
    return b.build();
  }
}
