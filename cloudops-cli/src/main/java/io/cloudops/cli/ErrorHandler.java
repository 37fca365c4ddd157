package io.cloudops.cli;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error ("what was wrong; what to do") and an exit
 * code; stack traces only with {@code --debug}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private final CloudOpsCommand root;

  ErrorHandler(CloudOpsCommand root) {
    this.root = root;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println("cloudops: " + oneLine(e.getMessage()) + "; run '" + name + " --help' for usage");
    if (root.debug()) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    int code;
    if (e instanceof CliExit exit) {
      code = exit.code();
    } else if (e instanceof InvalidInputException) {
      code = ExitCodes.USAGE;
    } else {
      code = ExitCodes.FAILURE;
    }
    err.println("cloudops: " + describe(e));
    if (root.debug()) {
      e.printStackTrace(err);
    } else if (!(e instanceof CloudOpsException || e instanceof CliExit)) {
      err.println("cloudops: (run with --debug for the stack trace)");
    }
    err.flush();
    return code;
  }

  private static String describe(Throwable e) {
    return CliSettingHints.INSTANCE.describe(e);
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
