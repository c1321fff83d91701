package chipsim.runner.cli;

import chipsim.agents.Names;
import chipsim.agents.ParamSpec;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "policies",
        description = "List every policy chipsim can use: name, role, one-line description and parameters "
                + "with default, range and unit.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:listed", "2:an unknown --role, or a --policy-jar that cannot be loaded"},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim policies --role washington", "  chipsim policies --policy-jar my-policies.jar"})
public final class PoliciesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "Only this role's policies: washington, beijing, nvidia, tsmc, huawei, buyer or broker "
                    + "(and any role a --policy-jar adds).")
    String role;

    @Option(names = "--policy-jar", paramLabel = "JAR", description = "Also list the policies of this jar; repeatable.")
    List<Path> policyJars = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioOptions options = new ScenarioOptions();
        options.policyJars = policyJars;
        PolicyRegistry registry;
        try {
            registry = options.registry();
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println("chipsim policies: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        java.util.SortedSet<String> roles = new java.util.TreeSet<>();
        registry.all().forEach(f -> roles.add(f.role()));
        if (role != null && !roles.contains(role)) {
            spec.commandLine().getErr().println("chipsim policies: no role '" + role + "'; the roles are "
                    + String.join(", ", roles));
            return ExitCodes.BAD_INPUT;
        }
        for (PolicyFactory factory : registry.all()) {
            if (role != null && !role.equals(factory.role())) {
                continue;
            }
            out.printf("%s / %s%n    %s%n", factory.role(), factory.name(), factory.description());
            for (ParamSpec param : factory.params()) {
                out.printf("    %-26s default %-12s %s%s%n", param.name(), render(param.defaultValue()),
                        param.description(), range(param));
            }
            out.println();
        }
        return ExitCodes.OK;
    }

    private static String render(Object value) {
        return value instanceof Number n ? Names.plain(n.doubleValue()) : String.valueOf(value);
    }

    private static String range(ParamSpec param) {
        StringBuilder text = new StringBuilder();
        if (param.min() != null && param.max() != null) {
            text.append(" [").append(Names.plain(param.min())).append("..").append(Names.plain(param.max())).append(']');
        }
        if (!param.unit().isEmpty()) {
            text.append(" (").append(param.unit()).append(')');
        }
        return text.toString();
    }
}
