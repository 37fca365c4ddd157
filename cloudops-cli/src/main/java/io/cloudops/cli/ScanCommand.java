package io.cloudops.cli;

import io.cloudops.CloudOpsException;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.scan.AwsProfiles;
import io.cloudops.scan.EstateScanner;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.JsonLinesSink;
import io.cloudops.scan.KnownState;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.ScanOptions;
import io.cloudops.scan.ScanRecorder;
import io.cloudops.scan.ScanRecords;
import io.cloudops.scan.ScanResult;
import io.cloudops.scan.SnapshotKnownState;
import io.cloudops.store.StoreHandle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudops scan}: discovers the estate; a thin shell over {@link EstateScanner}. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Discover AWS resources across regions and services.",
      "",
      "The results go to the CloudOps store under the data dir: each clean slice is compared",
      "with what the store holds (added, changed, unchanged, removed); a failed slice changes",
      "nothing. With --output FILE the resources are written to FILE as JSON lines instead",
      "(discovery only, the store is not touched).",
      "Exit code 1 when some slices failed (they are listed; their resources are unknown)."
    })
final class ScanCommand extends BaseCommand {

  @Option(
      names = "--profile",
      paramLabel = "P",
      description = "Named profile from ~/.aws/config or ~/.aws/credentials.")
  String profile;

  @Option(
      names = "--regions",
      paramLabel = "all|R1,R2",
      split = ",",
      defaultValue = "all",
      description = "Regions to scan (default: all regions enabled in the account).")
  List<String> regions;

  @Option(
      names = "--services",
      paramLabel = "all|S1,S2",
      split = ",",
      defaultValue = "all",
      description = "Services to scan, e.g. ec2,rds,s3 (default: all).")
  List<String> services;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Send every AWS call here (moto, a proxy); default: $AWS_ENDPOINT_URL.")
  URI endpointUrl;

  @Option(
      names = "--incremental",
      description =
          "With --output: compare with the previous file and report added, changed and"
              + " removed resources (a scan into the store always compares with the store).")
  boolean incremental;

  @Option(
      names = "--ids",
      paramLabel = "ID,...",
      split = ",",
      description = "Re-scan only these resource ids or ARNs.")
  List<String> ids;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the discovered resources to FILE as JSON lines.")
  Path output;

  @Override
  protected int run(CliContext context) throws IOException {
    ScanOptions options = options(context);
    ProgressBar bar = new ProgressBar(context.err(), !context.quiet(), context.terminal());
    ScanResult result;
    if (output == null) {
      try (StoreHandle stores = context.openStoreForWriting()) {
        EstateStoreSink sink = new EstateStoreSink(stores.estate());
        ScanRecorder recorder = new ScanRecorder(sink);
        result = new EstateScanner().scan(options, recorder, sink, bar::update);
        ScanRecords.in(context.settings().dataDir()).merge(recorder.records(result, Instant.now()));
      }
    } else {
      KnownState known = incremental ? SnapshotKnownState.readJsonLines(output) : KnownState.NONE;
      result = scanToFile(options, known, bar);
    }
    bar.finish();
    print(context, result);
    return result.errors().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** Writes next to the target first, so an incremental scan reads the old file meanwhile. */
  private ScanResult scanToFile(ScanOptions options, KnownState known, ProgressBar bar)
      throws IOException {
    Path target = output.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".partial");
    try {
      ScanResult result;
      try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        result = new EstateScanner().scan(options, new JsonLinesSink(writer), known, bar::update);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } catch (UncheckedIOException e) {
      throw new CloudOpsException("Cannot write " + output + ": " + e.getCause().getMessage(), e);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private ScanOptions options(CliContext context) {
    ScanOptions.Builder builder = ScanOptions.builder().credentials(credentials(context));
    if (!isAll(services)) {
      builder.services(services.stream().map(String::trim).toList());
    }
    if (!isAll(regions)) {
      builder.regions(regions.stream().map(String::trim).toList());
    }
    URI endpoint =
        endpointUrl != null ? endpointUrl : context.settings().awsEndpointUrl().orElse(null);
    if (endpoint != null) {
      CliUrls.endpoint(endpoint.toString());
    }
    builder.endpointOverride(endpoint);
    if (ids != null && !ids.isEmpty()) {
      builder.targets(ids);
    }
    return builder.build();
  }

  private AwsCredentialsSpec credentials(CliContext context) {
    Map<String, String> env = context.env();
    if (profile != null) {
      AwsProfiles.requireExists(profile, env);
      return new AwsCredentialsSpec.Profile(profile);
    }
    return CliAws.credentials(env);
  }

  private static boolean isAll(List<String> values) {
    return values == null
        || values.isEmpty()
        || (values.size() == 1 && "all".equalsIgnoreCase(values.get(0).trim()));
  }

  private void print(CliContext context, ScanResult result) {
    for (ScanError error : result.errors()) {
      context.err().println("error: " + error.message() + " [" + error.errorCode() + "]");
    }
    context.err().flush();
    if (context.json()) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("total", result.totalCount());
      summary.put("by_service", result.byService());
      summary.put("added", result.changes().added());
      summary.put("changed", result.changes().changed());
      summary.put("removed", result.changes().removed());
      summary.put("errors", result.errors());
      summary.put("duration_ms", result.durationMs());
      context.printJson(summary);
      return;
    }
    SummaryTable.print(context.out(), result, output);
  }
}
