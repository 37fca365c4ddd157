package io.cloudops.execute.executor;

import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class ScriptExecutorContractIT extends StepExecutorContract {

  @Override
  StepExecutor executor() {
    return new ScriptExecutor(
        Optional.of(
            new ScriptSettings(
                List.of("/bin/sh"),
                null,
                Duration.ofSeconds(30),
                Map.of("PATH", "/usr/bin:/bin", "TOKEN", SECRET))),
        new ProcessRunner());
  }

  @Override
  PlannedStep stepWithSecret() {
    return script("echo " + SECRET);
  }

  @Override
  PlannedStep failingStep() {
    return script("echo \"token is $TOKEN\"; exit 3");
  }

  private static PlannedStep script(String text) {
    return new PlannedStep("1", null, null, "", StepKind.SCRIPT, null, null, null, text);
  }
}
