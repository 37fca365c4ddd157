package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands that only read never create anything in the data dir, not even the key file. */
class ReadOnlyCommandsTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "history",
        "history --json",
        "history --kind refused",
        "estate list",
        "estate count",
        "conversations list"
      })
  void readOnlyCommand_onAFreshDataDir_createsNothing(String command) {
    Path dataDir = dir.resolve("data");
    List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    args.addAll(List.of(command.split(" ")));

    CliRun run = CliRun.of(Map.of(), args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dataDir).doesNotExist();
  }
}
