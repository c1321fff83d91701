package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.ParamSpec;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs name everything a user can set or read, so they cannot drift from the code unnoticed. */
class DocsTest {

    private static String doc(String name) throws IOException {
        return Files.readString(Path.of(Cli.config("../docs/" + name)).normalize());
    }

    @Test
    void scenariosDocumentsEveryPolicyAndParameter() throws IOException {
        String doc = doc("scenarios.md");
        List<String> missing = new ArrayList<>();
        for (PolicyFactory factory : PolicyRegistry.standard().all()) {
            if (factory.name().startsWith("test-")) {
                continue;
            }
            if (!doc.contains("`" + factory.name() + "`")) {
                missing.add(factory.role() + " policy " + factory.name());
            }
            for (ParamSpec param : factory.params()) {
                if (!doc.contains("`" + param.name() + "`")) {
                    missing.add(factory.name() + "." + param.name());
                }
            }
        }
        for (String role : Roles.ALL) {
            for (ParamSpec param : Roles.setupSpecs(role)) {
                if (!doc.contains("`" + param.name() + "`")) {
                    missing.add(role + ".setup." + param.name());
                }
            }
            for (ParamSpec param : Roles.payoffSpecs(role)) {
                if (!doc.contains("`" + param.name() + "`")) {
                    missing.add(role + ".payoff." + param.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), "docs/scenarios.md does not document " + missing);
    }

    @Test
    void traceDocumentsEveryColumnAndAgentVariable(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result result = Cli.run("run", "--quarters", "2", "--out", out.toString());
        assertTrue(result.status() == 0, result.toString());
        String doc = doc("trace.md");
        List<String> missing = new ArrayList<>();
        String header = Files.readAllLines(out.resolve("quarters.csv")).get(0);
        for (String column : header.split(",")) {
            String generic = column.replaceAll("\\.[A-Za-z0-9]+$", ".<chip>");
            if (!doc.contains("`" + column + "`") && !doc.contains("`" + generic + "`")) {
                missing.add(column);
            }
        }
        List<String> lines = Files.readAllLines(out.resolve("agents.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String variable = line.split(",")[3].replaceAll("\\.[A-Za-z0-9]+$", ".<chip>");
            if (!doc.contains("`" + variable + "`") && !missing.contains(variable)) {
                missing.add(variable);
            }
        }
        assertTrue(missing.isEmpty(), "docs/trace.md does not document " + missing);
    }
}
