package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Image;

/** AMIs owned by the account ({@code DescribeImages}, owner self). */
public final class Ec2ImageScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:image";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeImagesResponse page :
        context
            .clients()
            .ec2()
            .describeImagesPaginator(r -> r.owners("self").maxResults(context.pageSize(5, 1000)))) {
      context.emit(page.images().stream().map(i -> map(context, i)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Image i) {
    Map<String, String> tags = Tags.of(i.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(i.imageId())
        .arn(context.arn("ec2", "image/" + i.imageId()))
        .name(Tags.name(tags, i.name() == null ? i.imageId() : i.name()))
        .state(i.stateAsString())
        .tags(tags)
        .property("image_name", i.name())
        .property("architecture", i.architectureAsString())
        .property("root_device_type", i.rootDeviceTypeAsString())
        .property("public", i.publicLaunchPermissions())
        .relate(
            "snapshots",
            i.blockDeviceMappings().stream()
                .map(BlockDeviceMapping::ebs)
                .filter(e -> e != null)
                .map(e -> e.snapshotId())
                .toList())
        .createdAt(parse(i.creationDate()))
        .build();
  }

  private static Instant parse(String date) {
    if (date == null) {
      return null;
    }
    try {
      return Instant.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
