package io.cloudops.scan.resources;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/** Lambda functions ({@code ListFunctions}, tags with {@code ListTags}). */
public final class LambdaFunctionScanner implements ResourceScanner {

  private static final DateTimeFormatter LAMBDA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Override
  public String service() {
    return "lambda";
  }

  @Override
  public String resourceType() {
    return "lambda:function";
  }

  @Override
  public void scan(SliceContext context) {
    LambdaClient lambda = context.clients().lambda();
    for (ListFunctionsResponse page :
        lambda.listFunctionsPaginator(r -> r.maxItems(context.pageSize(1, 50)))) {
      context.emit(context.mapInParallel(page.functions(), f -> map(context, lambda, f)));
    }
  }

  private static AwsResource map(
      SliceContext context, LambdaClient lambda, FunctionConfiguration f) {
    Map<String, String> tags = lambda.listTags(r -> r.resource(f.functionArn())).tags();
    AwsResource.Builder b =
        context
            .resource(f.functionName())
            .arn(f.functionArn())
            .name(f.functionName())
            .state(f.stateAsString())
            .tags(tags)
            .property("runtime", f.runtimeAsString())
            .property("handler", f.handler())
            .property("memory_mb", f.memorySize())
            .property("timeout_s", f.timeout())
            .property("code_size", f.codeSize())
            .property("package_type", f.packageTypeAsString())
            .property("last_modified", f.lastModified())
            .relate("role", f.role())
            .createdAt(parse(f.lastModified()));
    if (f.vpcConfig() != null) {
      b.relate("vpc", f.vpcConfig().vpcId())
          .relate("subnets", f.vpcConfig().subnetIds())
          .relate("security_groups", f.vpcConfig().securityGroupIds());
    }
    return b.build();
  }

  private static Instant parse(String time) {
    if (time == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(time, LAMBDA_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(time).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
