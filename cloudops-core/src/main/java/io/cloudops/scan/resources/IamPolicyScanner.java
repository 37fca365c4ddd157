package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

/** Customer-managed IAM policies ({@code ListPolicies}, scope Local). */
public final class IamPolicyScanner implements ResourceScanner {

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public String resourceType() {
    return "iam:policy";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void scan(SliceContext context) {
    for (ListPoliciesResponse page :
        context
            .clients()
            .iam()
            .listPoliciesPaginator(
                r -> r.scope(PolicyScopeType.LOCAL).maxItems(context.pageSize(1, 100)))) {
      context.emit(page.policies().stream().map(p -> map(context, p)).toList());
    }
  }

  private static AwsResource map(SliceContext context, Policy p) {
    return context
        .resource(p.policyName())
        .arn(p.arn())
        .name(p.policyName())
        .tags(Tags.of(p.tags(), t -> t.key(), t -> t.value()))
        .property("policy_id", p.policyId())
        .property("path", p.path())
        .property("default_version", p.defaultVersionId())
        .property("attachment_count", p.attachmentCount())
        .property("attachable", p.isAttachable())
        .createdAt(p.createDate())
        .build();
  }
}
