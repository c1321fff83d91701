package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.cli.ExitCodes;
import chipsim.runner.cli.Help;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** --help of every command reads right: whole words, examples, exit codes; mistakes get suggestions. */
class HelpTest {

    static final int WIDTH = 80;

    @TempDir
    Path tmp;

    @Test
    void noCommandsHelpSplitsAWordAcrossLines() {
        for (CommandSpec command : commands()) {
            List<String> words = words(command);
            List<String> args = new ArrayList<>(List.of(command.qualifiedName(" ").split(" ")));
            args.remove(0);
            args.add("--help");
            Cli.Result help = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, help.status(), help.toString());
            List<String> lines = help.out().lines().toList();
            for (String line : lines) {
                assertTrue(line.length() <= WIDTH, command.qualifiedName() + ": a line over " + WIDTH + ": " + line);
            }
            for (String word : words) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(word)),
                        command.qualifiedName() + " --help splits '" + word + "':\n" + help.out());
            }
        }
    }

    @Test
    void everyCommandStatesItsExitCodesAndTheMainOnesShowExamples() {
        for (CommandSpec command : commands()) {
            if (command.name().equals("help")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(command.qualifiedName(" ").split(" ")));
            args.remove(0);
            args.add("--help");
            String help = Cli.run(args.toArray(String[]::new)).out();
            assertTrue(help.contains("Exit status:"), command.qualifiedName() + " has no exit codes:\n" + help);
            assertTrue(help.contains("2   "), help);
        }
        for (String command : List.of("run", "sweep", "game", "completion", "policies")) {
            String help = Cli.run(command, "--help").out();
            assertTrue(help.contains("Examples:\n  chipsim " + command) || help.contains("Examples:\n  echo"),
                    command + " has no examples:\n" + help);
            String examples = help.substring(help.indexOf("Examples:"));
            assertTrue(examples.lines().noneMatch(l -> l.startsWith("      ")),
                    command + ": an example too long for one line:\n" + examples);
        }
        String top = Cli.run("--help").out();
        assertTrue(top.contains("Examples:\n  chipsim run"), top);
        assertTrue(top.contains("chipsim run --set washington.params.revenueShare=0.25"), top);
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        Cli.Result command = Cli.run("swep", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, command.status(), command.toString());
        assertTrue(command.err().contains("Did you mean: chipsim sweep"), command.err());
        Cli.Result option = Cli.run("run", "--sed", "3");
        assertEquals(ExitCodes.BAD_INPUT, option.status(), option.toString());
        assertTrue(option.err().contains("--seed"), option.err());
    }

    @Test
    void anUnknownRoleIsAnErrorThatListsTheRoles() {
        Cli.Result result = Cli.run("policies", "--role", "pentagon");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains("no role 'pentagon'; the roles are beijing, broker, buyer, huawei, nvidia, "
                + "tsmc, washington"), result.err());
        Cli.Result known = Cli.run("policies", "--role", "tsmc");
        assertEquals(ExitCodes.OK, known.status(), known.toString());
        assertTrue(known.out().startsWith("tsmc / "), known.out());
    }

    @Test
    void theBashCompletionScriptCompletesCommandsAndOptions() throws IOException, InterruptedException {
        Cli.Result script = Cli.run("completion", "bash");
        assertEquals(ExitCodes.OK, script.status(), script.toString());
        assertEquals(script.out(), Cli.run("completion", "zsh").out(), "one script sets itself up for either shell");
        assertTrue(script.out().contains("ZSH_VERSION"), "it sets zsh up through bashcompinit");
        Path file = tmp.resolve("chipsim-completion.bash");
        Files.writeString(file, script.out(), StandardCharsets.UTF_8);
        String probe = "source " + file + "\n"
                + "COMP_WORDS=(chipsim sw); COMP_CWORD=1; _complete_chipsim; echo \"A:${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(chipsim sweep --res); COMP_CWORD=2; _complete_chipsim 2>/dev/null; "
                + "echo \"B:${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        assertTrue(bash.waitFor(1, TimeUnit.MINUTES), "bash did not finish");
        String answer = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.contains("A:sweep\n"), answer);
        assertTrue(answer.contains("B:--resume\n"), answer);
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("completion", "fish").status());
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(Help.configure(new CommandLine(new Main())), all);
        return all;
    }

    private static void collect(CommandLine cli, List<CommandSpec> into) {
        into.add(cli.getCommandSpec());
        cli.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** Every word the help of {@code command} prints from its own texts. */
    private static List<String> words(CommandSpec command) {
        List<String> texts = new ArrayList<>();
        texts.addAll(List.of(command.usageMessage().description()));
        texts.addAll(List.of(command.usageMessage().footer()));
        texts.addAll(command.usageMessage().exitCodeList().values());
        for (ArgSpec arg : command.args()) {
            texts.addAll(List.of(arg.description()));
        }
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            for (String word : String.format(text.replace("${DEFAULT-VALUE}", "x")).split("\\s+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
