package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/** ELBv2 target groups ({@code DescribeTargetGroups}). */
public final class Elbv2TargetGroupScanner implements ResourceScanner {

  @Override
  public String service() {
    return "elbv2";
  }

  @Override
  public String resourceType() {
    return "elbv2:target-group";
  }

  @Override
  public void scan(SliceContext context) {
    var elb = context.clients().elbv2();
    for (DescribeTargetGroupsResponse page :
        elb.describeTargetGroupsPaginator(r -> r.pageSize(context.pageSize(1, 100)))) {
      List<TargetGroup> groups = page.targetGroups();
      Map<String, Map<String, String>> tags =
          ElbTags.of(context, elb, groups.stream().map(TargetGroup::targetGroupArn).toList());
      context.emit(groups.stream().map(g -> map(context, g, tags)).toList());
    }
  }

  private static AwsResource map(
      SliceContext context, TargetGroup g, Map<String, Map<String, String>> tags) {
    return context
        .resource(g.targetGroupName())
        .arn(g.targetGroupArn())
        .name(g.targetGroupName())
        .tags(tags.getOrDefault(g.targetGroupArn(), Map.of()))
        .property("protocol", g.protocolAsString())
        .property("port", g.port())
        .property("target_type", g.targetTypeAsString())
        .property("health_check_path", g.healthCheckPath())
        .relate("vpc", g.vpcId())
        .relate("load_balancers", g.loadBalancerArns())
        .build();
  }
}
