package io.cloudops.execute.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the SDK-model parser against the AWS CLI that runs the commands (Debian's awscli, whose
 * botocore service models and {@code xform_name} ship with it): every operation and member name the
 * CLI's models hold is named the same way by {@link CliNames} (as computed by the CLI's own Python
 * code), and every member the CLI takes for an operation CloudOps knows is a member of the SDK's
 * model too.
 */
class CliModelAgreementIT {

  private static final Path DATA = Path.of("/usr/lib/python3/dist-packages/awscli/botocore/data");
  private static final Map<String, String> SERVICES =
      Map.ofEntries(
          Map.entry("ec2", "ec2"),
          Map.entry("s3api", "s3"),
          Map.entry("iam", "iam"),
          Map.entry("sts", "sts"),
          Map.entry("rds", "rds"),
          Map.entry("lambda", "lambda"),
          Map.entry("sqs", "sqs"),
          Map.entry("sns", "sns"),
          Map.entry("dynamodb", "dynamodb"),
          Map.entry("ecs", "ecs"),
          Map.entry("eks", "eks"),
          Map.entry("elbv2", "elbv2"),
          Map.entry("cloudformation", "cloudformation"));

  @Test
  void namesAndMembers_agreeWithTheInstalledAwsCli() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    assumeTrue(ci || Files.isDirectory(DATA), "Debian's awscli is not installed (" + DATA + ")");
    Set<String> names = new TreeSet<>();
    List<String> missingMembers = new ArrayList<>();
    int operations = 0;
    int members = 0;
    for (Map.Entry<String, String> service : SERVICES.entrySet()) {
      JsonNode model = model(service.getValue());
      JsonNode shapes = model.get("shapes");
      Iterator<Map.Entry<String, JsonNode>> ops = model.get("operations").fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        names.add(op.getKey());
        var ours = AwsOperations.find(service.getKey(), CliNames.of(op.getKey()));
        JsonNode input = op.getValue().path("input").path("shape");
        if (ours.isEmpty() || input.isMissingNode()) {
          continue;
        }
        operations++;
        Iterator<String> memberNames = shapes.get(input.asText()).path("members").fieldNames();
        while (memberNames.hasNext()) {
          String member = memberNames.next();
          names.add(member);
          members++;
          if (ours.get().member(CliNames.of(member)).isEmpty()) {
            missingMembers.add(service.getKey() + " " + ours.get().cliName() + " " + member);
          }
        }
      }
    }
    Map<String, String> cli = xformByTheAwsCli(names);

    Map<String, String> differences = new LinkedHashMap<>();
    for (String name : names) {
      if (!CliNames.of(name).equals(cli.get(name))) {
        differences.put(name, CliNames.of(name) + " vs the CLI's " + cli.get(name));
      }
    }
    assertThat(operations).isGreaterThan(1000);
    assertThat(members).isGreaterThan(5000);
    assertThat(differences).isEmpty();
    assertThat(missingMembers).isEmpty();
  }

  private static JsonNode model(String dir) throws IOException {
    try (Stream<Path> versions = Files.list(DATA.resolve(dir))) {
      Path latest = versions.sorted().reduce((a, b) -> b).orElseThrow();
      return new ObjectMapper().readTree(latest.resolve("service-2.json").toFile());
    }
  }

  /** The names as the AWS CLI's own {@code xform_name} turns them into options. */
  private static Map<String, String> xformByTheAwsCli(Set<String> names) throws Exception {
    Process python =
        new ProcessBuilder(
                "/usr/bin/python3",
                "-c",
                "import sys\n"
                    + "from awscli.botocore import xform_name\n"
                    + "for line in sys.stdin:\n"
                    + "    print(xform_name(line.strip(), '-'))\n")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> ordered = new ArrayList<>(new LinkedHashSet<>(names));
    try (var in = python.getOutputStream()) {
      in.write((String.join("\n", ordered) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    List<String> out =
        new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).hasSize(ordered.size());
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      result.put(ordered.get(i), out.get(i));
    }
    return result;
  }
}
