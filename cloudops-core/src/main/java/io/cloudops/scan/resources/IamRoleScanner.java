package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;

/** IAM roles ({@code ListRoles}) with their tags. */
public final class IamRoleScanner implements ResourceScanner {

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public String resourceType() {
    return "iam:role";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void scan(SliceContext context) {
    IamClient iam = context.clients().iam();
    for (ListRolesResponse page :
        iam.listRolesPaginator(r -> r.maxItems(context.pageSize(1, 100)))) {
      context.emit(context.mapInParallel(page.roles(), r -> map(context, iam, r)));
    }
  }

  private static AwsResource map(SliceContext context, IamClient iam, Role r) {
    String trust = r.assumeRolePolicyDocument();
    return context
        .resource(r.roleName())
        .arn(r.arn())
        .name(r.roleName())
        .tags(
            Tags.of(
                iam.listRoleTags(t -> t.roleName(r.roleName())).tags(),
                t -> t.key(),
                t -> t.value()))
        .property("role_id", r.roleId())
        .property("path", r.path())
        .property("description", r.description())
        .property("max_session_duration_s", r.maxSessionDuration())
        .property(
            "trust_policy", trust == null ? null : URLDecoder.decode(trust, StandardCharsets.UTF_8))
        .createdAt(r.createDate())
        .build();
  }
}
