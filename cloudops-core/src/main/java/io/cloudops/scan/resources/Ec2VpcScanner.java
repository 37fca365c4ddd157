package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.Vpc;

/** VPCs ({@code DescribeVpcs}). */
public final class Ec2VpcScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:vpc";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeVpcsResponse page :
        context
            .clients()
            .ec2()
            .describeVpcsPaginator(r -> r.maxResults(context.pageSize(5, 1000)))) {
      context.emit(page.vpcs().stream().map(v -> map(context, v)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Vpc v) {
    Map<String, String> tags = Tags.of(v.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(v.vpcId())
        .arn(context.arn("ec2", "vpc/" + v.vpcId()))
        .name(Tags.name(tags, v.vpcId()))
        .state(v.stateAsString())
        .tags(tags)
        .property("cidr_block", v.cidrBlock())
        .property("is_default", v.isDefault())
        .property("instance_tenancy", v.instanceTenancyAsString())
        .build();
  }
}
