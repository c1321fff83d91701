package chipsim.runner.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print a shell completion script for chipsim: its commands, options and file arguments "
                + "complete with Tab.",
                "Install it by adding one line to your shell's start-up file, as the examples show."},
        footerHeading = "%nExamples:%n",
        footer = {"  echo 'source <(chipsim completion bash)' >> ~/.bashrc",
                "  echo 'source <(chipsim completion zsh)' >> ~/.zshrc",
                "  chipsim completion bash > /etc/bash_completion.d/chipsim   (for every user)"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:printed", "2:an unknown shell"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells chipsim completes in: picocli's one script sets itself up for either (zsh through bashcompinit). */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("chipsim", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
