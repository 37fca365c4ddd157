package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand, at any depth, answers --help and --version. */
class CommandTreeTest {

  static Stream<List<String>> commands() {
    CommandLine root =
        CloudOpsCli.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    List<List<String>> paths = new ArrayList<>();
    walk(root, new ArrayList<>(), paths);
    return paths.stream();
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandName().equals(name)) { // aliases once
                List<String> next = new ArrayList<>(path);
                next.add(name);
                walk(sub, next, out);
              }
            });
  }

  @Test
  void tree_hasTheNestedCommands() {
    assertThat(commands())
        .contains(
            List.of("estate", "list"),
            List.of("backup", "create"),
            List.of("approve"),
            List.of("request"),
            List.of("completion"))
        .hasSizeGreaterThan(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommand_answersHelp(List<String> path) {
    CliRun run = CliRun.of(args(path, "--help"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Usage: " + String.join(" ", prefix(path)));
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommand_answersVersion(List<String> path) {
    CliRun run = CliRun.of(args(path, "--version"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("cloudops ").contains("Java ");
  }

  @Test
  void completion_bash_isLoadedByBash_andCompletesTheSubcommands(@TempDir Path dir)
      throws Exception {
    CliRun run = CliRun.of("completion", "bash");
    Path script = Files.writeString(dir.resolve("cloudops.bash"), run.out());

    Process bash =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$1\" && COMP_WORDS=(cloudops app) COMP_CWORD=1 && _complete_cloudops"
                    + " && printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash",
                script.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD) // compopt: only inside completion
            .start();
    String completed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(bash.waitFor()).as(completed).isZero();
    assertThat(completed.lines()).containsExactly("approve");
  }

  @Test
  void completion_unknownShell_exits2() {
    CliRun run = CliRun.of("completion", "fish");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("fish");
  }

  private static String[] args(List<String> path, String flag) {
    List<String> args = new ArrayList<>(path);
    args.add(flag);
    return args.toArray(String[]::new);
  }

  private static List<String> prefix(List<String> path) {
    List<String> words = new ArrayList<>();
    words.add("cloudops");
    words.addAll(path);
    return words;
  }
}
