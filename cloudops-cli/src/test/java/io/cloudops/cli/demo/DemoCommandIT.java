package io.cloudops.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.cli.CloudOpsCli;
import io.cloudops.testing.MotoExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole demo, end to end: its own moto, a real scan, search, approval, AWS CLI and history. */
@ExtendWith(MotoExtension.class)
class DemoCommandIT {

  @Test
  void demo_withYes_stopsTheIdleDevInstances_andRecordsTheRun() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("AWS_ENDPOINT_URL");

    int code =
        CloudOpsCli.run(
            new String[] {"demo", "--yes"}, new PrintWriter(out), new PrintWriter(err), env);

    assertThat(code).as("exit code; stderr:%n%s%nstdout:%n%s", err, out).isZero();
    String printed = out.toString();
    assertThat(printed)
        .contains("$ cloudops scan --regions eu-west-1")
        .contains("billing-prod-db")
        .contains("$ cloudops execute --plan");
    String afterRun = printed.substring(printed.lastIndexOf("$ cloudops estate list"));
    assertThat(afterRun).contains("stopped").doesNotContain("running");
    assertThat(printed.substring(printed.lastIndexOf("$ cloudops history"))).contains("Success");
    assertThat(printed).contains("== done: the idle dev instances are stopped");
  }

  @Test
  void demo_withoutYesAndNoTerminal_saysThePlanNeedsAnApproval() {
    StringWriter out = new StringWriter();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("AWS_ENDPOINT_URL");

    int code =
        CloudOpsCli.run(
            new String[] {"demo"}, new PrintWriter(out), new PrintWriter(new StringWriter()), env);

    assertThat(code).isEqualTo(3);
    assertThat(out.toString().strip().lines().toList())
        .anyMatch(
            line ->
                line.equals(
                    "== the plan did not run: it needs an approval; rerun with --yes to approve"
                        + " it without a terminal"));
  }
}
