package io.cloudops.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cloudops completion bash|zsh}: a shell completion script on standard output. */
@Command(
    name = "completion",
    description = {
      "Print a completion script for bash or zsh.",
      "",
      "bash: source <(cloudops completion bash)   (or save it under"
          + " /etc/bash_completion.d/cloudops)",
      "zsh:  source <(cloudops completion zsh)    (in ~/.zshrc)"
    })
final class CompletionCommand extends BaseCommand {

  /** The shells a script is printed for. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  protected int run(CliContext context) {
    String script = AutoComplete.bash("cloudops", spec.root().commandLine());
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    context.out().print(script);
    context.out().flush();
    return ExitCodes.OK;
  }
}
