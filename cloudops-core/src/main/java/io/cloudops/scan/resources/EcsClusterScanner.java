package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;

/** ECS clusters ({@code ListClusters}, {@code DescribeClusters} with tags). */
public final class EcsClusterScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ecs";
  }

  @Override
  public String resourceType() {
    return "ecs:cluster";
  }

  @Override
  public void scan(SliceContext context) {
    EcsClient ecs = context.clients().ecs();
    for (ListClustersResponse page :
        ecs.listClustersPaginator(r -> r.maxResults(context.pageSize(1, 100)))) {
      if (page.clusterArns().isEmpty()) {
        continue;
      }
      context.emit(
          ecs
              .describeClusters(r -> r.clusters(page.clusterArns()).include(ClusterField.TAGS))
              .clusters()
              .stream()
              .map(c -> map(context, c))
              .toList());
    }
  }

  private static AwsResource map(SliceContext context, Cluster c) {
    return context
        .resource(c.clusterName())
        .arn(c.clusterArn())
        .name(c.clusterName())
        .state(c.status())
        .tags(Tags.of(c.tags(), t -> t.key(), t -> t.value()))
        .property("running_tasks", c.runningTasksCount())
        .property("pending_tasks", c.pendingTasksCount())
        .property("active_services", c.activeServicesCount())
        .property("container_instances", c.registeredContainerInstancesCount())
        .build();
  }
}
