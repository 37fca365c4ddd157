package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** Security groups ({@code DescribeSecurityGroups}). */
public final class Ec2SecurityGroupScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:security-group";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeSecurityGroupsResponse page :
        context
            .clients()
            .ec2()
            .describeSecurityGroupsPaginator(r -> r.maxResults(context.pageSize(5, 1000)))) {
      context.emit(page.securityGroups().stream().map(g -> map(context, g)).toList());
    }
  }

  private static AwsResource map(SliceContext context, SecurityGroup g) {
    Map<String, String> tags = Tags.of(g.tags(), t -> t.key(), t -> t.value());
    boolean openToWorld =
        g.ipPermissions().stream()
            .map(IpPermission::ipRanges)
            .flatMap(List::stream)
            .map(IpRange::cidrIp)
            .anyMatch("0.0.0.0/0"::equals);
    return context
        .resource(g.groupId())
        .arn(context.arn("ec2", "security-group/" + g.groupId()))
        .name(Tags.name(tags, g.groupName()))
        .tags(tags)
        .property("group_name", g.groupName())
        .property("description", g.description())
        .property("ingress_rules", g.ipPermissions().size())
        .property("egress_rules", g.ipPermissionsEgress().size())
        .property("open_to_world", openToWorld)
        .relate("vpc", g.vpcId())
        .build();
  }
}
