package chipsim.runner.game;

import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a game file of either kind, checking all of it before anything is analysed or run. */
public final class GameFiles {

    /** A game file, read and checked. */
    public sealed interface GameFile permits MatrixFile, SimulatedFile {
        String name();
    }

    /** A matrix game: its payoffs are in the file. */
    public record MatrixFile(Game game) implements GameFile {
        @Override
        public String name() {
            return game.name();
        }
    }

    /** A simulated game: its payoffs come from running every profile. */
    public record SimulatedFile(SimulatedGame game) implements GameFile {
        @Override
        public String name() {
            return game.name();
        }
    }

    static final List<String> KINDS = List.of("matrix", "simulated");

    private GameFiles() {}

    public static GameFile read(Path file, PolicyRegistry registry) throws ScenarioException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw ScenarioException.of(new Problem(source, 0, 0, "", "no such game file",
                    Files.isDirectory(file) ? "that is a folder; give a .yaml file inside it"
                            : "check the path; shipped games are in configs/games/"));
        }
        LocatedTree tree;
        tree = LocatedTree.parse(file);
        Problems problems = new Problems(tree);
        String kind = new GameNode(tree.root(), "", problems).text("kind", true, "matrix (or simulated)");
        problems.throwIfAny();
        String defaultName = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
                .replaceAll("[^A-Za-z0-9._-]", "-");
        return switch (kind) {
            case "matrix" -> new MatrixFile(MatrixGameReader.read(tree, defaultName));
            case "simulated" -> new SimulatedFile(SimulatedGameReader.read(tree, file, defaultName, registry));
            default -> {
                problems.add("kind", "unknown kind '" + kind + "'", Names.suggestion(kind, KINDS)
                        + "; matrix: payoffs written out; simulated: payoffs from runs of a scenario");
                problems.throwIfAny();
                throw new IllegalStateException("unreachable");
            }
        };
    }

    /** The players and strategies of a game file, with zero payoffs: enough to check a profile's names before any run. */
    public static Game shape(GameFile file) {
        if (file instanceof MatrixFile matrix) {
            return matrix.game();
        }
        SimulatedGame game = ((SimulatedFile) file).game();
        List<List<String>> names = new java.util.ArrayList<>();
        for (int role = 0; role < game.roles().size(); role++) {
            names.add(game.strategyNames(role));
        }
        Rational[][] zeros = new Rational[game.profiles().size()][game.roles().size()];
        for (Rational[] row : zeros) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        return new Game(game.name(), game.description(), Game.Kind.SIMULATED, game.roles(), names, zeros, null);
    }

    /** The game's name: from name:, else the file's; it names the output folder, so it must be safe there. */
    static String name(GameNode top, String fallback, Problems problems) {
        String name = top.text("name", false, "prisoners-dilemma");
        if (name == null) {
            name = fallback;
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            problems.add("name", "name '" + name + "' has characters unsafe in a folder name",
                    "use letters, digits, '.', '_' and '-' only");
        }
        return name;
    }

    static String description(GameNode top) {
        if (!top.has("description")) {
            return "";
        }
        return top.get("description").asText().trim();
    }
}
