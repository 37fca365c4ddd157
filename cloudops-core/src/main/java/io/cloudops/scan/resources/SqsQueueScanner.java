package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SQS queues ({@code ListQueues}, {@code GetQueueAttributes}, {@code ListQueueTags}). */
public final class SqsQueueScanner implements ResourceScanner {

  @Override
  public String service() {
    return "sqs";
  }

  @Override
  public String resourceType() {
    return "sqs:queue";
  }

  @Override
  public void scan(SliceContext context) {
    SqsClient sqs = context.clients().sqs();
    for (ListQueuesResponse page :
        sqs.listQueuesPaginator(r -> r.maxResults(context.pageSize(1, 1000)))) {
      context.emit(context.mapInParallel(page.queueUrls(), url -> map(context, sqs, url)));
    }
  }

  private static AwsResource map(SliceContext context, SqsClient sqs, String url) {
    Map<String, String> a =
        sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
            .attributesAsStrings();
    String name = url.substring(url.lastIndexOf('/') + 1);
    String created = a.get("CreatedTimestamp");
    return context
        .resource(name)
        .arn(a.getOrDefault("QueueArn", context.arn("sqs", name)))
        .name(name)
        .tags(sqs.listQueueTags(r -> r.queueUrl(url)).tags())
        .property("url", url)
        .property("fifo", name.endsWith(".fifo"))
        .property("visibility_timeout_s", number(a.get("VisibilityTimeout")))
        .property("retention_s", number(a.get("MessageRetentionPeriod")))
        .property("messages", number(a.get("ApproximateNumberOfMessages")))
        .property("kms_key", a.get("KmsMasterKeyId"))
        .property("sse_sqs", a.get("SqsManagedSseEnabled"))
        .property("redrive_policy", a.get("RedrivePolicy"))
        .createdAt(epochSeconds(created))
        .build();
  }

  /** SQS gives whole seconds; some emulators add a fraction. */
  private static Instant epochSeconds(String value) {
    try {
      return value == null ? null : Instant.ofEpochMilli((long) (Double.parseDouble(value) * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
