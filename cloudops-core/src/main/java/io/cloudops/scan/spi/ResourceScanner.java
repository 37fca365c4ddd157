package io.cloudops.scan.spi;

/**
 * Lists one resource type in one slice and maps it to {@link io.cloudops.model.AwsResource}. An
 * implementation pages through everything with the SDK's paginators and hands each page to {@link
 * SliceContext#emit}; it lets SDK exceptions escape, which fails the slice (never "empty").
 */
public interface ResourceScanner {

  /** The AWS service, e.g. {@code ec2}; what {@code --services} selects. */
  String service();

  /** The resource type produced, e.g. {@code ec2:instance}. */
  String resourceType();

  /** Whether the type is global (IAM, S3's bucket list): scanned once per account. */
  default boolean global() {
    return false;
  }

  /** Pages through the slice, emitting every page. */
  void scan(SliceContext context);
}
