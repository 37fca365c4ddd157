package io.cloudops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's messages are read in a terminal and in a Jenkins build log alike, so no string in the
 * core's code names a CLI flag or environment variable as the fix: a message names the setting
 * ({@code io.cloudops.Setting}) and each front end says where to change it. Exempt are the
 * variables' own names (the constants the settings loader reads), the command lines the core builds
 * for the AWS CLI and bubblewrap, and {@code 'aws …'} commands a message suggests running.
 */
class FrontEndNeutralMessagesTest {

  private static final Path SOURCES = Path.of("src/main/java/io/cloudops");

  /** A string literal naming a CLOUDOPS_ variable, or a double-dash option. */
  private static final Pattern KNOB = Pattern.compile("\"[^\"]*(CLOUDOPS_[A-Z_]+|--[a-z][a-z-]+)");

  /** Lines that define a variable's name, or files that build other programs' command lines. */
  private static final Pattern NAME_CONSTANT =
      Pattern.compile("static final String [A-Z_]+ =\\s*\"CLOUDOPS_[A-Z_]+\";");

  private static final Set<String> COMMAND_LINE_BUILDERS =
      Set.of(
          "ProcessSandbox.java",
          "AwsCliExecutor.java",
          "AwsCliVersionCheck.java",
          "ParsedCommand.java",
          "CliCommandParser.java");

  @Test
  void coreStrings_nameNoFrontEndKnob() throws IOException {
    assertThat(offenders()).isEmpty();
  }

  @Test
  void theScan_findsAKnobInAMessage() {
    String line = "throw new StoreException(\"busy; use another --data-dir\");";

    assertThat(KNOB.matcher(line).find()).isTrue();
    assertThat(KNOB.matcher("static final String KEY = \"CLOUDOPS_KEY\";").find()).isTrue();
    assertThat(NAME_CONSTANT.matcher("static final String KEY = \"CLOUDOPS_KEY\";").find())
        .isTrue();
  }

  private static List<String> offenders() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (COMMAND_LINE_BUILDERS.contains(file.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/**")) {
            continue;
          }
          Matcher knob = KNOB.matcher(line);
          boolean awsCommand = line.contains("'aws "); // the AWS CLI's own options, to run by hand
          if (knob.find() && !NAME_CONSTANT.matcher(line).find() && !awsCommand) {
            found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + code);
          }
        }
      }
    }
    return found;
  }
}
