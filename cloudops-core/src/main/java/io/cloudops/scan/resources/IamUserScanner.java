package io.cloudops.scan.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.User;

/** IAM users ({@code ListUsers}) with their access keys' ages and their tags. */
public final class IamUserScanner implements ResourceScanner {

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public String resourceType() {
    return "iam:user";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void scan(SliceContext context) {
    IamClient iam = context.clients().iam();
    for (ListUsersResponse page :
        iam.listUsersPaginator(r -> r.maxItems(context.pageSize(1, 100)))) {
      context.emit(context.mapInParallel(page.users(), u -> map(context, iam, u)));
    }
  }

  private static AwsResource map(SliceContext context, IamClient iam, User u) {
    ArrayNode keys = JsonNodeFactory.instance.arrayNode();
    Instant now = Instant.now();
    for (AccessKeyMetadata key :
        iam.listAccessKeysPaginator(r -> r.userName(u.userName())).accessKeyMetadata()) {
      ObjectNode k = keys.addObject();
      k.put("access_key_id", key.accessKeyId());
      k.put("status", key.statusAsString());
      if (key.createDate() != null) {
        k.put("created_at", key.createDate().toString());
        k.put("age_days", Duration.between(key.createDate(), now).toDays());
      }
    }
    return context
        .resource(u.userName())
        .arn(u.arn())
        .name(u.userName())
        .tags(
            Tags.of(
                iam.listUserTags(r -> r.userName(u.userName())).tags(),
                t -> t.key(),
                t -> t.value()))
        .property("user_id", u.userId())
        .property("path", u.path())
        .property("password_last_used", u.passwordLastUsed())
        .property("access_keys", keys)
        .createdAt(u.createDate())
        .build();
  }
}
