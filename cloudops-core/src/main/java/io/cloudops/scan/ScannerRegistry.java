package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.resources.CloudFormationStackScanner;
import io.cloudops.scan.resources.DynamoDbTableScanner;
import io.cloudops.scan.resources.Ec2ImageScanner;
import io.cloudops.scan.resources.Ec2InstanceScanner;
import io.cloudops.scan.resources.Ec2SecurityGroupScanner;
import io.cloudops.scan.resources.Ec2SnapshotScanner;
import io.cloudops.scan.resources.Ec2SubnetScanner;
import io.cloudops.scan.resources.Ec2VolumeScanner;
import io.cloudops.scan.resources.Ec2VpcScanner;
import io.cloudops.scan.resources.EcsClusterScanner;
import io.cloudops.scan.resources.EcsServiceScanner;
import io.cloudops.scan.resources.EksClusterScanner;
import io.cloudops.scan.resources.Elbv2LoadBalancerScanner;
import io.cloudops.scan.resources.Elbv2TargetGroupScanner;
import io.cloudops.scan.resources.IamPolicyScanner;
import io.cloudops.scan.resources.IamRoleScanner;
import io.cloudops.scan.resources.IamUserScanner;
import io.cloudops.scan.resources.LambdaFunctionScanner;
import io.cloudops.scan.resources.RdsClusterScanner;
import io.cloudops.scan.resources.RdsInstanceScanner;
import io.cloudops.scan.resources.RdsSnapshotScanner;
import io.cloudops.scan.resources.S3BucketScanner;
import io.cloudops.scan.resources.SnsTopicScanner;
import io.cloudops.scan.resources.SqsQueueScanner;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every supported resource type, one scanner each. */
public final class ScannerRegistry {

  private static final List<ResourceScanner> ALL =
      List.of(
          new Ec2InstanceScanner(),
          new Ec2VolumeScanner(),
          new Ec2SnapshotScanner(),
          new Ec2ImageScanner(),
          new Ec2SecurityGroupScanner(),
          new Ec2VpcScanner(),
          new Ec2SubnetScanner(),
          new RdsInstanceScanner(),
          new RdsClusterScanner(),
          new RdsSnapshotScanner(),
          new S3BucketScanner(),
          new LambdaFunctionScanner(),
          new Elbv2LoadBalancerScanner(),
          new Elbv2TargetGroupScanner(),
          new IamUserScanner(),
          new IamRoleScanner(),
          new IamPolicyScanner(),
          new DynamoDbTableScanner(),
          new EcsClusterScanner(),
          new EcsServiceScanner(),
          new EksClusterScanner(),
          new CloudFormationStackScanner(),
          new SqsQueueScanner(),
          new SnsTopicScanner());

  private ScannerRegistry() {}

  /** All scanners, in a stable order. */
  public static List<ResourceScanner> all() {
    return ALL;
  }

  /** The service names, e.g. {@code ec2}, in a stable order. */
  public static Set<String> services() {
    Set<String> services = new LinkedHashSet<>();
    ALL.forEach(s -> services.add(s.service()));
    return services;
  }

  /** The slice a resource belongs to (global types are scanned once per account). */
  public static SliceKey sliceOf(AwsResource resource) {
    boolean global =
        ALL.stream().anyMatch(s -> s.global() && s.resourceType().equals(resource.resourceType()));
    return new SliceKey(
        resource.accountId(),
        global ? AwsResource.GLOBAL_REGION : resource.region(),
        resource.service(),
        resource.resourceType());
  }

  /** The resource types, e.g. {@code ec2:instance}. */
  public static List<String> resourceTypes() {
    return ALL.stream().map(ResourceScanner::resourceType).toList();
  }
}
