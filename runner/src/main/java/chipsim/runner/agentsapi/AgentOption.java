package chipsim.runner.agentsapi;

import chipsim.agents.AgentSpec;
import chipsim.agents.Roles;
import chipsim.runner.scenario.Scenario;
import java.util.List;

/**
 * One {@code --agent ROLE_OR_ID=SPEC}: which agents a program plays (one by id, or every agent of a
 * role) and how chipsim reaches it: {@code cmd:COMMAND} (starts it and talks over its standard
 * input and output), {@code tcp:HOST:PORT} (connects to it), {@code listen:PORT} (waits on
 * 127.0.0.1 for it to connect).
 */
record AgentOption(String target, String spec, Kind kind, String command, String host, int port) {

    enum Kind { CMD, TCP, LISTEN }

    static AgentOption parse(String option) {
        int equals = option.indexOf('=');
        if (equals <= 0 || equals == option.length() - 1) {
            throw new IllegalArgumentException("--agent " + option + ": write ROLE_OR_ID=SPEC, e.g. "
                    + "--agent washington=cmd:\"python3 my_washington.py\"");
        }
        String target = option.substring(0, equals).trim();
        String spec = option.substring(equals + 1).trim();
        if (spec.startsWith("cmd:")) {
            String command = spec.substring(4).trim();
            if (command.isEmpty()) {
                throw new IllegalArgumentException("--agent " + option + ": cmd: needs a command, e.g. cmd:\"python3 agent.py\"");
            }
            return new AgentOption(target, spec, Kind.CMD, command, null, 0);
        }
        if (spec.startsWith("tcp:")) {
            String address = spec.substring(4);
            int colon = address.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--agent " + option + ": tcp: needs HOST:PORT, e.g. tcp:127.0.0.1:5555");
            }
            return new AgentOption(target, spec, Kind.TCP, null, address.substring(0, colon),
                    port(option, address.substring(colon + 1)));
        }
        if (spec.startsWith("listen:")) {
            return new AgentOption(target, spec, Kind.LISTEN, null, "127.0.0.1", port(option, spec.substring(7)));
        }
        throw new IllegalArgumentException("--agent " + option + ": SPEC is cmd:COMMAND, tcp:HOST:PORT or listen:PORT");
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("--agent " + option + ": '" + text + "' is not a port (1 to 65535)");
    }

    /** The agents of the scenario this option names: the agent of that id, else every agent of that role. */
    List<AgentSpec> agents(Scenario scenario) {
        return resolve(scenario, target, "--agent " + target + "=...");
    }

    /** The agent called {@code target}, else every agent of the role {@code target}; {@code where} names the option in an error. */
    static List<AgentSpec> resolve(Scenario scenario, String target, String where) {
        List<AgentSpec> byId = scenario.agents().stream().filter(a -> a.id().equals(target)).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        if (Roles.exists(target) && !scenario.agentsOf(target).isEmpty()) {
            return scenario.agentsOf(target);
        }
        throw new IllegalArgumentException(where + ": the scenario has no agent or role '" + target
                + "'; agents are " + scenario.agents().stream().map(AgentSpec::id).toList() + ", roles " + Roles.ALL);
    }
}
