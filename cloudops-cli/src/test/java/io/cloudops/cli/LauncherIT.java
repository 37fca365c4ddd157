package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the real launcher script against the packaged jar, as a user would. */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("..", "bin", "cloudops").toAbsolutePath();

  record Result(int code, String out, String err) {}

  static Result launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cloudops-out", ".txt");
    Path err = Files.createTempFile("cloudops-err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("cloudops finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void help_listsSubcommands() throws Exception {
    Result result = launch("--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("scan", "search", "ask", "execute", "history");
  }

  @Test
  void unknownFlag_exits2_withOneLineOnStderr() throws Exception {
    Result result = launch("--no-such-flag");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip().lines()).hasSize(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void missingJar_saysHowToBuild() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(LAUNCHER.toString(), "--help").redirectErrorStream(true);
    builder.environment().put("CLOUDOPS_JAR", "/nonexistent/cloudops.jar");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output).contains("is missing").contains("./mvnw");
  }
}
