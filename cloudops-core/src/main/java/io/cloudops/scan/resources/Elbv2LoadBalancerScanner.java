package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/** Application, network and gateway load balancers ({@code DescribeLoadBalancers}). */
public final class Elbv2LoadBalancerScanner implements ResourceScanner {

  @Override
  public String service() {
    return "elbv2";
  }

  @Override
  public String resourceType() {
    return "elbv2:load-balancer";
  }

  @Override
  public void scan(SliceContext context) {
    var elb = context.clients().elbv2();
    for (DescribeLoadBalancersResponse page :
        elb.describeLoadBalancersPaginator(r -> r.pageSize(context.pageSize(1, 100)))) {
      List<LoadBalancer> lbs = page.loadBalancers();
      Map<String, Map<String, String>> tags =
          ElbTags.of(context, elb, lbs.stream().map(LoadBalancer::loadBalancerArn).toList());
      context.emit(lbs.stream().map(lb -> map(context, lb, tags)).toList());
    }
  }

  private static AwsResource map(
      SliceContext context, LoadBalancer lb, Map<String, Map<String, String>> tags) {
    return context
        .resource(lb.loadBalancerName())
        .arn(lb.loadBalancerArn())
        .name(lb.loadBalancerName())
        .state(lb.state() == null ? null : lb.state().codeAsString())
        .tags(tags.getOrDefault(lb.loadBalancerArn(), Map.of()))
        .property("type", lb.typeAsString())
        .property("scheme", lb.schemeAsString())
        .property("dns_name", lb.dnsName())
        .property("ip_address_type", lb.ipAddressTypeAsString())
        .relate("vpc", lb.vpcId())
        .relate("subnets", lb.availabilityZones().stream().map(AvailabilityZone::subnetId).toList())
        .relate("security_groups", lb.securityGroups())
        .createdAt(lb.createdTime())
        .build();
  }
}
