package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** CloudFormation stacks ({@code DescribeStacks}; deleted stacks are not listed). */
public final class CloudFormationStackScanner implements ResourceScanner {

  @Override
  public String service() {
    return "cloudformation";
  }

  @Override
  public String resourceType() {
    return "cloudformation:stack";
  }

  @Override
  public void scan(SliceContext context) {
    for (DescribeStacksResponse page :
        context.clients().cloudformation().describeStacksPaginator(r -> {})) {
      context.emit(page.stacks().stream().map(s -> map(context, s)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Stack s) {
    return context
        .resource(s.stackName())
        .arn(s.stackId())
        .name(s.stackName())
        .state(s.stackStatusAsString())
        .tags(Tags.of(s.tags(), t -> t.key(), t -> t.value()))
        .property("description", s.description())
        .property("last_updated", s.lastUpdatedTime())
        .property("termination_protection", s.enableTerminationProtection())
        .property(
            "drift_status",
            s.driftInformation() == null ? null : s.driftInformation().stackDriftStatusAsString())
        .relate("role", s.roleARN())
        .createdAt(s.creationTime())
        .build();
  }
}
