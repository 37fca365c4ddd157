package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudOpsCliTest {

  @Test
  void help_listsEverySubcommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "scan",
            "search",
            "estate",
            "ask",
            "conversations",
            "execute",
            "history",
            "console",
            "backup")
        .contains("--data-dir", "--json", "--quiet", "--debug");
  }

  @Test
  void version_printsTheBuildVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("cloudops ").doesNotContain("unknown");
  }

  @Test
  void unknownFlag_exits2_withOneLine() {
    CliRun run = CliRun.of("--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--bogus").contains("cloudops --help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownSubcommand_exits2() {
    CliRun run = CliRun.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void globalOptions_areAcceptedBeforeAndAfterTheSubcommand() {
    CloudOpsCommand root = new CloudOpsCommand(Map.of());
    picocli.CommandLine commandLine = new picocli.CommandLine(root);
    Subcommands.register(commandLine);

    commandLine.parseArgs("--quiet", "--data-dir", "/tmp/x", "history", "--json");

    assertThat(root.quiet).isTrue();
    assertThat(root.json).isTrue();
    assertThat(root.dataDir).hasToString("/tmp/x");
  }
}
