package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** EBS volumes ({@code DescribeVolumes}). */
public final class Ec2VolumeScanner implements ResourceScanner {

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public String resourceType() {
    return "ec2:volume";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeVolumesResponse page :
        context
            .clients()
            .ec2()
            .describeVolumesPaginator(r -> r.maxResults(context.pageSize(5, 500)))) {
      context.emit(page.volumes().stream().map(v -> map(context, v)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Volume v) {
    Map<String, String> tags = Tags.of(v.tags(), t -> t.key(), t -> t.value());
    return context
        .resource(v.volumeId())
        .arn(context.arn("ec2", "volume/" + v.volumeId()))
        .name(Tags.name(tags, v.volumeId()))
        .state(v.stateAsString())
        .tags(tags)
        .property("size_gib", v.size())
        .property("volume_type", v.volumeTypeAsString())
        .property("encrypted", v.encrypted())
        .property("iops", v.iops())
        .property("availability_zone", v.availabilityZone())
        .property(
            "snapshot_id",
            v.snapshotId() == null || v.snapshotId().isEmpty() ? null : v.snapshotId())
        .relate("instances", v.attachments().stream().map(VolumeAttachment::instanceId).toList())
        .relate("kms_key", v.kmsKeyId())
        .createdAt(v.createTime())
        .build();
  }
}
