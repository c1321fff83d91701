package chipsim.agents;

/**
 * One thing wrong with a parameter.
 *
 * @param key      the parameter (or parameter.key) at fault, relative to its params block
 * @param message  what is wrong
 * @param hint     how to fix it
 */
public record ParamProblem(String key, String message, String hint) {}
