package io.cloudops.jenkins.engines;

import hudson.AbortException;
import hudson.remoting.RemoteOutputStream;
import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.JenkinsSettingHints;
import io.cloudops.jenkins.agent.AgentKeys;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.spi.ScanOutcome;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.json.Json;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.ScanOptions;
import io.cloudops.scan.ScanProgress;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecorder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a scan with the core's scanner on the node of the enclosing {@code node {}} (or, when
 * allowed, on the controller) into the step's store through an {@link EstateStoreSink}.
 */
public final class CoreScanRunner implements ScanRunner {

  private static final String SESSION_NAME = "cloudops-jenkins";

  @Override
  public ScanOutcome scan(
      ScanRequest request, StoreProvider.OpenStores stores, Consumer<String> progress)
      throws IOException, InterruptedException {
    return scan(request, stores, progress, WorkPlace.CONTROLLER);
  }

  /**
   * Scans where {@code place} says: the scanner runs there ({@link ScanCallable}); its resources
   * and progress lines come back as they are found and go into the store and to {@code progress}
   * here.
   */
  @Override
  public ScanOutcome scan(
      ScanRequest request,
      StoreProvider.OpenStores stores,
      Consumer<String> progress,
      WorkPlace place)
      throws IOException, InterruptedException {
    EstateStoreSink sink = new EstateStoreSink(stores.estate());
    ScanRecorder recorder = new ScanRecorder(sink);
    ScanCallable.Summary summary;
    try (ScanReceiver receiver = new ScanReceiver(recorder, sink, progress)) {
      String json =
          place.act(
              new ScanCallable(
                  ScanOrder.of(request),
                  AgentKeys.of(request.aws().credentials()),
                  new RemoteOutputStream(receiver)));
      summary = Json.read(json, ScanCallable.Summary.class, "scan summary from the node");
    } catch (InterruptedIOException e) {
      throw interrupted(e);
    } catch (CloudOpsException e) {
      if (Thread.interrupted()) {
        throw interrupted(e);
      }
      throw new AbortException(JenkinsSettingHints.describe("the scan failed: ", e));
    }
    if (Thread.interrupted()) {
      throw interrupted(null);
    }
    return new ScanOutcome(
        stores.estate().count(),
        summary.byService(),
        sink.upserts().added(),
        sink.upserts().changed(),
        sink.deleted(),
        summary.slices(),
        summary.errors().stream().map(CoreScanRunner::describe).toList(),
        recordsOf(recorder, summary));
  }

  private static List<ScanRecord> recordsOf(ScanRecorder recorder, ScanCallable.Summary summary) {
    summary.errors().forEach(recorder::failed);
    return recorder.records(Instant.now());
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
                      new InvalidInputException(
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
      throw new InvalidInputException(
          "roleArn '"
              + roleArn
              + "' is not a role ARN like arn:aws:iam::123456789012:role/CloudOpsScan");
    }
    return roleArn.substring(slash + 1);
  }

  /** A progress line for the build log. */
  static String line(ScanProgress p) {
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
