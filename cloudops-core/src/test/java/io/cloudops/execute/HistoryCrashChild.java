package io.cloudops.execute;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a long script step and prints its output; {@link HistoryCrashIT} kills this JVM with SIGKILL
 * mid-run. Arguments: the data dir.
 */
final class HistoryCrashChild {

  private HistoryCrashChild() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    try (AwsClientFactory clients =
        AwsClientFactory.builder().credentials(TestEngines.KEYS).build()) {
      ExecutionEngine engine =
          TestEngines.engine(dataDir, clients)
              .scripts(
                  new ScriptSettings(
                      List.of("/bin/sh"),
                      null,
                      Duration.ofMinutes(5),
                      Map.of("PATH", "/usr/bin:/bin")))
              .output(
                  (id, step, line) -> {
                    System.out.println(id + " " + line);
                    System.out.flush();
                  })
              .build();
      ExecutionRequest request =
          TestEngines.request(
              null,
              new PlannedStep(
                  "1",
                  null,
                  null,
                  "long running",
                  StepKind.SCRIPT,
                  null,
                  null,
                  null,
                  "echo started; sleep 120; echo finished"));
      engine.execute(request, TestEngines.approvals(request, "bob", "carol"));
    }
  }
}
