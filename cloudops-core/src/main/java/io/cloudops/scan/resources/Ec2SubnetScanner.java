package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** Subnets ({@code DescribeSubnets}). */
public final class Ec2SubnetScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:subnet";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeSubnetsResponse page :
        context
            .clients()
            .ec2()
            .describeSubnetsPaginator(r -> r.maxResults(context.pageSize(5, 1000)))) {
      context.emit(page.subnets().stream().map(s -> map(context, s)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Subnet s) {
    Map<String, String> tags = Tags.of(s.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(s.subnetId())
        .arn(s.subnetArn() != null ? s.subnetArn() : context.arn("ec2", "subnet/" + s.subnetId()))
        .name(Tags.name(tags, s.subnetId()))
        .state(s.stateAsString())
        .tags(tags)
        .property("cidr_block", s.cidrBlock())
        .property("availability_zone", s.availabilityZone())
        .property("available_ip_addresses", s.availableIpAddressCount())
        .property("default_for_az", s.defaultForAz())
        .property("map_public_ip_on_launch", s.mapPublicIpOnLaunch())
        .relate("vpc", s.vpcId())
        .build();
  }
}
