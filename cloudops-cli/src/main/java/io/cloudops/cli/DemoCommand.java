package io.cloudops.cli;

import io.cloudops.CloudOpsException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.cli.demo.DemoOutcome;
import io.cloudops.cli.demo.SampleEstate;
import io.cloudops.emulator.MotoLocator;
import io.cloudops.emulator.MotoProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cloudops demo}: the whole flow on a local AWS emulator, with no AWS account. Every step is
 * a real {@code cloudops} command, printed before it runs, so the same commands work against a real
 * account without {@code --endpoint-url}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole flow on a local AWS emulator (moto), no AWS account needed:",
      "create a sample estate, scan it into a fresh data dir, search it, load the sample plan",
      "(stop the idle dev instances), show its risk, approve it, run it with the AWS CLI, and",
      "show the result and the history. Cleans up what it started."
    })
public final class DemoCommand extends BaseCommand {

  static final String PLAN_RESOURCE = "stop-idle-dev-instances.plan.json";
  static final String IDS_PLACEHOLDER = "${IDLE_DEV_INSTANCE_IDS}";

  @Option(
      names = "--yes",
      description = "Approve the plan without asking (as approver 'demo-reviewer').")
  boolean yes;

  @Option(names = "--keep", description = "Keep the demo's data dir (printed at the end).")
  boolean keep;

  @Override
  protected int run(CliContext context) throws IOException {
    Path moto =
        MotoLocator.locate()
            .orElseThrow(
                () ->
                    new CliExit(
                        ExitCodes.FAILURE,
                        "the demo needs moto_server (a local AWS emulator); install it with: pip"
                            + " install 'moto[server]'"));
    Path dataDir = Files.createTempDirectory("cloudops-demo-");
    PrintWriter out = context.out();
    try (MotoProcess emulator = MotoProcess.start(moto)) {
      out.println("== local AWS emulator (moto) on " + emulator.endpoint());
      Map<String, String> env = demoEnvironment(context.env(), emulator, dataDir);
      SampleEstate.Created estate = createEstate(emulator, out);
      Path plan = writePlan(dataDir, estate.idleDevInstanceIds());
      run(context, env, "scan", "--regions", SampleEstate.REGION);
      run(context, env, "search", "billing prod database", "--limit", "3");
      run(context, env, "search", "idle dev instances", "--limit", "3");
      run(context, env, "estate", "get", estate.idleDevInstanceIds().get(0));
      out.println(
          "== the sample plan " + PLAN_RESOURCE + " (from docs/examples), for the ids above");
      List<String> execute = new ArrayList<>(List.of("execute", "--plan", plan.toString()));
      if (yes) {
        execute.addAll(List.of("--approve", "--approver", "demo-reviewer"));
      }
      int code = run(context, env, execute.toArray(String[]::new));
      if (code != ExitCodes.OK) {
        out.println("== " + DemoOutcome.describe(dataDir, env, code, yes));
        return code;
      }
      run(context, env, "scan", "--regions", SampleEstate.REGION, "--services", "ec2");
      run(context, env, "estate", "list", "--type", "ec2:instance", "--tag", "idle=true");
      run(context, env, "history", "--limit", "3");
      out.println("== " + DemoOutcome.describe(dataDir, env, code, yes));
      return ExitCodes.OK;
    } finally {
      if (keep) {
        out.println("data dir kept: " + dataDir);
      } else {
        deleteTree(dataDir);
      }
      out.flush();
    }
  }

  private static SampleEstate.Created createEstate(MotoProcess emulator, PrintWriter out) {
    out.println("== creating a sample estate in " + SampleEstate.REGION);
    try (AwsClientFactory aws =
        AwsClientFactory.builder()
            .credentials(new AwsCredentialsSpec.StaticKeys("testing", Secret.of("testing"), null))
            .endpointOverride(emulator.endpoint())
            .build()) {
      SampleEstate.Created created =
          new SampleEstate(aws, line -> out.println("   " + line)).create();
      out.println("   " + created.total() + " resources created");
      out.flush();
      return created;
    }
  }

  /** Runs one real cloudops command in this process, printing it first. */
  private static int run(CliContext context, Map<String, String> env, String... args) {
    PrintWriter out = context.out();
    out.println();
    out.println("$ cloudops " + String.join(" ", quoted(args)));
    out.flush();
    List<String> all = new ArrayList<>();
    if (context.quiet()) {
      all.add("--quiet");
    }
    all.addAll(List.of(args));
    return CloudOpsCli.run(all.toArray(String[]::new), out, context.err(), env);
  }

  private static List<String> quoted(String... args) {
    return Stream.of(args).map(a -> a.contains(" ") ? "'" + a + "'" : a).toList();
  }

  private static Map<String, String> demoEnvironment(
      Map<String, String> base, MotoProcess emulator, Path dataDir) {
    Map<String, String> env = new HashMap<>(base);
    env.remove("AWS_PROFILE");
    env.remove("AWS_SESSION_TOKEN");
    env.remove("CLOUDOPS_KEY");
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", SampleEstate.REGION);
    env.put("AWS_ENDPOINT_URL", emulator.endpoint().toString());
    env.put("CLOUDOPS_DATA_DIR", dataDir.toString());
    return env;
  }

  static Path writePlan(Path dir, List<String> ids) throws IOException {
    String template;
    try (InputStream in = SampleEstate.class.getResourceAsStream(PLAN_RESOURCE)) {
      if (in == null) {
        throw new CloudOpsException("the demo's sample plan " + PLAN_RESOURCE + " is missing");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String idList = String.join("\", \"", ids);
    Path plan = dir.resolve(PLAN_RESOURCE);
    Files.writeString(plan, template.replace(IDS_PLACEHOLDER, idList), StandardCharsets.UTF_8);
    return plan;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp dir
    }
  }
}
