package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceField;

/** ECS services of every cluster ({@code ListServices}, {@code DescribeServices} in tens). */
public final class EcsServiceScanner implements ResourceScanner {

  private static final int DESCRIBE_BATCH = 10;

  @Override
  public String service() {
    return "ecs";
  }

  @Override
  public String resourceType() {
    return "ecs:service";
  }

  @Override
  public void scan(SliceContext context) {
    EcsClient ecs = context.clients().ecs();
    for (String cluster :
        ecs.listClustersPaginator(r -> r.maxResults(context.pageSize(1, 100))).clusterArns()) {
      for (ListServicesResponse page :
          ecs.listServicesPaginator(r -> r.cluster(cluster).maxResults(context.pageSize(1, 100)))) {
        List<List<String>> batches = new ArrayList<>();
        List<String> arns = page.serviceArns();
        for (int i = 0; i < arns.size(); i += DESCRIBE_BATCH) {
          batches.add(arns.subList(i, Math.min(arns.size(), i + DESCRIBE_BATCH)));
        }
        List<AwsResource> resources = new ArrayList<>();
        for (List<Service> services :
            context.mapInParallel(
                batches,
                batch ->
                    ecs.describeServices(
                            r -> r.cluster(cluster).services(batch).include(ServiceField.TAGS))
                        .services())) {
          services.forEach(s -> resources.add(map(context, s)));
        }
        context.emit(resources);
      }
    }
  }

  private static AwsResource map(SliceContext context, Service s) {
    AwsResource.Builder b =
        context
            .resource(s.serviceName())
            .arn(s.serviceArn())
            .name(s.serviceName())
            .state(s.status())
            .tags(Tags.of(s.tags(), t -> t.key(), t -> t.value()))
            .property("launch_type", s.launchTypeAsString())
            .property("desired_count", s.desiredCount())
            .property("running_count", s.runningCount())
            .property("task_definition", s.taskDefinition())
            .relate("cluster", s.clusterArn())
            .relate("role", s.roleArn())
            .relate(
                "target_groups",
                s.loadBalancers().stream().map(LoadBalancer::targetGroupArn).toList())
            .createdAt(s.createdAt());
    if (s.networkConfiguration() != null
        && s.networkConfiguration().awsvpcConfiguration() != null) {
      b.relate("subnets", s.networkConfiguration().awsvpcConfiguration().subnets())
          .relate(
              "security_groups", s.networkConfiguration().awsvpcConfiguration().securityGroups());
    }
    return b.build();
  }
}
