package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** DynamoDB tables ({@code ListTables}, {@code DescribeTable}, {@code ListTagsOfResource}). */
public final class DynamoDbTableScanner implements ResourceScanner {

  @Override
  public String service() {
    return "dynamodb";
  }

  @Override
  public String resourceType() {
    return "dynamodb:table";
  }

  @Override
  public void scan(SliceContext context) {
    DynamoDbClient ddb = context.clients().dynamodb();
    for (ListTablesResponse page :
        ddb.listTablesPaginator(r -> r.limit(context.pageSize(1, 100)))) {
      context.emit(context.mapInParallel(page.tableNames(), n -> map(context, ddb, n)));
    }
  }

  private static AwsResource map(SliceContext context, DynamoDbClient ddb, String name) {
    TableDescription t = ddb.describeTable(r -> r.tableName(name)).table();
    AwsResource.Builder b =
        context
            .resource(name)
            .arn(t.tableArn())
            .name(name)
            .state(t.tableStatusAsString())
            .tags(
                Tags.of(
                    ddb.listTagsOfResource(r -> r.resourceArn(t.tableArn())).tags(),
                    tag -> tag.key(),
                    tag -> tag.value()))
            .property("item_count", t.itemCount())
            .property("size_bytes", t.tableSizeBytes())
            .property(
                "billing_mode",
                t.billingModeSummary() == null
                    ? "PROVISIONED"
                    : t.billingModeSummary().billingModeAsString())
            .property(
                "key_schema",
                t.keySchema().stream()
                    .map(k -> k.attributeName() + ":" + k.keyTypeAsString())
                    .toList())
            .property(
                "stream_enabled",
                t.streamSpecification() == null ? null : t.streamSpecification().streamEnabled())
            .createdAt(t.creationDateTime());
    if (t.provisionedThroughput() != null) {
      b.property("read_capacity", t.provisionedThroughput().readCapacityUnits())
          .property("write_capacity", t.provisionedThroughput().writeCapacityUnits());
    }
    return b.build();
  }
}
