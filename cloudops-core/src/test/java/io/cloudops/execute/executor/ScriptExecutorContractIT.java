package io.cloudops.execute.executor;

import io.cloudops.model.ExecutionStep;
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
  ExecutionStep stepWithSecret() {
    return script("echo " + SECRET);
  }

  @Override
  ExecutionStep failingStep() {
    return script("echo \"token is $TOKEN\"; exit 3");
  }

  private static ExecutionStep script(String text) {
    return new ExecutionStep("1", null, null, "", StepKind.SCRIPT, null, null, null, text);
  }
}
