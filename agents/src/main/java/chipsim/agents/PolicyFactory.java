package chipsim.agents;

import java.util.List;

/**
 * Makes one named policy of one role. Implementations are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/chipsim.agents.PolicyFactory}), so a researcher's own jar on
 * the class path adds policies without touching chipsim.
 */
public interface PolicyFactory {

    /** The name scenarios use, e.g. "license-for-revenue". */
    String name();

    /** The role it plays, one of {@link Roles}. */
    String role();

    /** One line for `chipsim policies`. */
    String description();

    /** Every parameter, with default, range and meaning. */
    List<ParamSpec> params();

    /**
     * A new policy instance for one agent of one run, built from checked parameters. It must be an
     * instance of the role's policy interface ({@link Roles#policyType}).
     */
    Object create(Params params);
}
