package chipsim.runner.cli;

import picocli.CommandLine;

/** How every command's --help looks: whole words per line, --help and --version on each command. */
public final class Help {

    private Help() {}

    /** Applies the help settings to {@code cli} and all its subcommands; returns it. */
    public static CommandLine configure(CommandLine cli) {
        // Every subcommand answers --help and --version, as the top-level command does.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        // As wide as the terminal (80 columns elsewhere); words are never split, so any width reads right.
        cli.setUsageHelpAutoWidth(true);
        cli.setHelpFactory(WholeWordHelp::new);
        return cli;
    }
}
