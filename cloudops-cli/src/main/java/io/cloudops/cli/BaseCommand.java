package io.cloudops.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of every subcommand: gives it the shared {@link CliContext}. */
public abstract class BaseCommand implements Callable<Integer> {

  @Spec protected CommandSpec spec;

  /** The context of this invocation. */
  protected CliContext context() {
    return ((CloudOpsCommand) spec.root().userObject()).context();
  }

  @Override
  public final Integer call() throws Exception {
    return run(context());
  }

  /** Does the work and returns the exit code. */
  protected abstract int run(CliContext context) throws Exception;
}
