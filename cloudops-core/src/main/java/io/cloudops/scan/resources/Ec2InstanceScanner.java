package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/** EC2 instances ({@code DescribeInstances}). */
public final class Ec2InstanceScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:instance";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeInstancesResponse page :
        context
            .clients()
            .ec2()
            .describeInstancesPaginator(r -> r.maxResults(context.pageSize(5, 1000)))) {
      List<AwsResource> resources = new ArrayList<>();
      for (Reservation reservation : page.reservations()) {
        for (Instance instance : reservation.instances()) {
          resources.add(map(context, instance));
        }
      }
      context.emit(resources);
    }
  }

  private static AwsResource map(SliceContext context, Instance i) {
    Map<String, String> tags = Tags.of(i.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(i.instanceId())
        .arn(context.arn("ec2", "instance/" + i.instanceId()))
        .name(Tags.name(tags, i.instanceId()))
        .state(i.state() == null ? null : i.state().nameAsString())
        .tags(tags)
        .property("instance_type", i.instanceTypeAsString())
        .property("image_id", i.imageId())
        .property(
            "availability_zone", i.placement() == null ? null : i.placement().availabilityZone())
        .property("private_ip", i.privateIpAddress())
        .property("public_ip", i.publicIpAddress())
        .property("key_name", i.keyName())
        .property("platform", i.platformDetails())
        .relate("vpc", i.vpcId())
        .relate("subnet", i.subnetId())
        .relate(
            "security_groups", i.securityGroups().stream().map(GroupIdentifier::groupId).toList())
        .relate(
            "instance_profile",
            i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn())
        .createdAt(i.launchTime())
        .build();
  }
}
