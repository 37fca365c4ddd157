package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.Topic;

/** SNS topics ({@code ListTopics}, {@code GetTopicAttributes}, {@code ListTagsForResource}). */
public final class SnsTopicScanner implements ResourceScanner {

  @Override
  public String service() {
    return "sns";
  }

  @Override
  public String resourceType() {
    return "sns:topic";
  }

  @Override
  public void scan(SliceContext context) {
    SnsClient sns = context.clients().sns();
    for (ListTopicsResponse page : sns.listTopicsPaginator(r -> {})) {
      context.emit(context.mapInParallel(page.topics(), t -> map(context, sns, t)));
    }
  }

  private static AwsResource map(SliceContext context, SnsClient sns, Topic topic) {
    String arn = topic.topicArn();
    Map<String, String> a = sns.getTopicAttributes(r -> r.topicArn(arn)).attributes();
    String name = arn.substring(arn.lastIndexOf(':') + 1);
    return context
        .resource(name)
        .arn(arn)
        .name(name)
        .tags(
            Tags.of(
                sns.listTagsForResource(r -> r.resourceArn(arn)).tags(),
                t -> t.key(),
                t -> t.value()))
        .property("display_name", emptyToNull(a.get("DisplayName")))
        .property("subscriptions_confirmed", a.get("SubscriptionsConfirmed"))
        .property("subscriptions_pending", a.get("SubscriptionsPending"))
        .property("kms_key", emptyToNull(a.get("KmsMasterKeyId")))
        .property("fifo", name.endsWith(".fifo"))
        .build();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
