package io.cloudops.jenkins.engines;

import hudson.AbortException;
import io.cloudops.CloudOpsException;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.spi.ScanOutcome;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.scan.EstateScanner;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.ScanOptions;
import io.cloudops.scan.ScanProgress;
import io.cloudops.scan.ScanResult;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Runs a scan with the core's {@link EstateScanner} into the step's store through an {@link
 * EstateStoreSink} (which is also the known state the changes are counted against).
 */
public final class CoreScanRunner implements ScanRunner {

  private static final String SESSION_NAME = "cloudops-jenkins";

  @Override
  public ScanOutcome scan(
      ScanRequest request, StoreProvider.Stores stores, Consumer<String> progress)
      throws IOException, InterruptedException {
    ScanOptions options = options(request);
    EstateStoreSink sink = new EstateStoreSink(stores.estate());
    ScanResult result;
    try {
      result = new EstateScanner().scan(options, sink, sink, p -> progress.accept(line(p)));
    } catch (CloudOpsException e) {
      if (Thread.interrupted()) {
        throw interrupted(e);
      }
      throw new AbortException("CloudOps: the scan failed: " + e.getMessage());
    }
    if (Thread.interrupted()) {
      throw interrupted(null);
    }
    return new ScanOutcome(
        stores.estate().count(),
        result.byService(),
        result.changes().added(),
        result.changes().changed(),
        result.changes().removed(),
        result.slices(),
        result.errors().stream().map(CoreScanRunner::describe).toList());
  }

  /** The scan options the request asks for. */
  static ScanOptions options(ScanRequest request) {
    AwsCredentialsSpec base = request.aws().credentials();
    ScanOptions.Builder builder = ScanOptions.builder();
    if (request.roleArn().isPresent() && request.accounts().isEmpty()) {
      builder.credentials(
          new AwsCredentialsSpec.AssumeRole(
              base, request.roleArn().get(), request.externalId().orElse(null), SESSION_NAME));
    } else {
      builder.credentials(base);
    }
    if (!request.accounts().isEmpty()) {
      String roleArn =
          request
              .roleArn()
              .orElseThrow(
                  () ->
                      new io.cloudops.InvalidInputException(
                          "accounts: needs roleArn: (the role to assume in each account)"));
      builder.accountsViaRole(
          request.accounts(), roleName(roleArn), request.externalId().orElse(null));
    }
    if (!request.regions().isEmpty()) {
      builder.regions(request.regions());
    }
    if (!request.services().isEmpty()) {
      builder.services(request.services());
    }
    if (request.incremental()) {
      builder.pageContent(ScanOptions.PageContent.CHANGES_ONLY);
    }
    request.aws().endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The role name of {@code arn:aws:iam::ACCOUNT:role/[path/]NAME}. */
  static String roleName(String roleArn) {
    int slash = roleArn.lastIndexOf('/');
    if (!roleArn.startsWith("arn:")
        || !roleArn.contains(":role/")
        || slash == roleArn.length() - 1) {
      throw new io.cloudops.InvalidInputException(
          "roleArn '"
              + roleArn
              + "' is not a role ARN like arn:aws:iam::123456789012:role/CloudOpsScan");
    }
    return roleArn.substring(slash + 1);
  }

  private static String line(ScanProgress p) {
    return "scanned "
        + p.service()
        + " in "
        + p.region()
        + " ("
        + p.current()
        + "/"
        + p.total()
        + ", "
        + p.percentage()
        + "%)";
  }

  private static String describe(ScanError error) {
    return error.accountId()
        + " "
        + error.region()
        + " "
        + error.service()
        + "/"
        + error.resourceType()
        + ": "
        + error.message()
        + " ["
        + error.errorCode()
        + "]";
  }

  private static InterruptedException interrupted(Throwable cause) {
    InterruptedException e = new InterruptedException("CloudOps: the scan was interrupted");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
