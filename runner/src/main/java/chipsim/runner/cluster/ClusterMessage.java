package chipsim.runner.cluster;

/**
 * A message that crosses machines: bound to {@link ClusterSerializer}, which writes its plain
 * strings and numbers (scenario text, runs.csv lines) itself rather than through Jackson.
 */
public interface ClusterMessage {}
