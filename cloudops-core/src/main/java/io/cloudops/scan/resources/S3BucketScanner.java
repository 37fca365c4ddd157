package io.cloudops.scan.resources;

import io.cloudops.aws.AwsRegion;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.ServiceClients;
import io.cloudops.scan.spi.SliceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * S3 buckets ({@code ListBuckets}) with their region, versioning, default encryption, public access
 * block and tags, read in parallel from the bucket's own region. A setting the caller may not read
 * is listed under {@code unreadable_settings}; the bucket is still reported.
 */
public final class S3BucketScanner implements ResourceScanner {

  private static final Set<String> NOT_CONFIGURED =
      Set.of(
          "ServerSideEncryptionConfigurationNotFoundError",
          "NoSuchPublicAccessBlockConfiguration",
          "NoSuchTagSet",
          "NoSuchTagSetError");

  @Override
  public String service() {
    return "s3";
  }

  @Override
  public String resourceType() {
    return "s3:bucket";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void scan(SliceContext context) {
    S3Client s3 = context.clients().s3();
    for (ListBucketsResponse page :
        s3.listBucketsPaginator(r -> r.maxBuckets(context.pageSize(1, 1000)))) {
      context.emit(context.mapInParallel(page.buckets(), b -> map(context, s3, b)));
    }
  }

  private static AwsResource map(SliceContext context, S3Client global, Bucket bucket) {
    String name = bucket.name();
    String region = bucket.bucketRegion();
    if (region == null || region.isBlank()) {
      String location = global.getBucketLocation(r -> r.bucket(name)).locationConstraintAsString();
      // S3 reports no location constraint for a bucket in us-east-1
      region = location == null || location.isBlank() ? AwsRegion.DEFAULT : location;
      if ("EU".equals(region)) {
        region = "eu-west-1";
      }
    }
    ServiceClients regional = context.clientsIn(region);
    S3Client s3 = regional.s3();
    List<String> unreadable = new ArrayList<>();
    String versioning =
        read(
            unreadable,
            "versioning",
            () -> s3.getBucketVersioning(r -> r.bucket(name)).statusAsString());
    String encryption =
        read(
            unreadable,
            "encryption",
            () ->
                s3
                    .getBucketEncryption(r -> r.bucket(name))
                    .serverSideEncryptionConfiguration()
                    .rules()
                    .stream()
                    .map(ServerSideEncryptionRule::applyServerSideEncryptionByDefault)
                    .filter(d -> d != null)
                    .map(d -> d.sseAlgorithmAsString())
                    .findFirst()
                    .orElse(null));
    PublicAccessBlockConfiguration block =
        read(
            unreadable,
            "public_access_block",
            () -> s3.getPublicAccessBlock(r -> r.bucket(name)).publicAccessBlockConfiguration());
    Map<String, String> tags =
        read(
            unreadable,
            "tags",
            () ->
                Tags.of(
                    s3.getBucketTagging(r -> r.bucket(name)).tagSet(),
                    t -> t.key(),
                    t -> t.value()));
    AwsResource.Builder b =
        context
            .resource(name)
            .region(region)
            .arn("arn:aws:s3:::" + name)
            .name(name)
            .tags(tags == null ? Map.of() : tags)
            .property("versioning", versioning == null ? "Disabled" : versioning)
            .property("default_encryption", encryption)
            .createdAt(bucket.creationDate());
    if (block != null) {
      b.property("block_public_acls", block.blockPublicAcls())
          .property("ignore_public_acls", block.ignorePublicAcls())
          .property("block_public_policy", block.blockPublicPolicy())
          .property("restrict_public_buckets", block.restrictPublicBuckets());
    }
    if (!unreadable.isEmpty()) {
      b.property("unreadable_settings", unreadable);
    }
    return b.build();
  }

  /** A bucket setting: null when not configured; noted as unreadable when access is denied. */
  private static <T> T read(List<String> unreadable, String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (S3Exception e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      if (code != null && NOT_CONFIGURED.contains(code)) {
        return null;
      }
      if (e.statusCode() == 403) {
        unreadable.add(what);
        return null;
      }
      throw e;
    }
  }
}
