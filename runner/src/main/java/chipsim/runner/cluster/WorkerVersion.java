package chipsim.runner.cluster;

import chipsim.runner.Version;

/**
 * The version a worker announces when it joins: chipsim's own. The property
 * {@code chipsim.worker.announce-version} makes a worker claim another, which is how the refusal of
 * a worker of another build is tested without building a second chipsim.
 */
public final class WorkerVersion {

    public static final String PROPERTY = "chipsim.worker.announce-version";

    private WorkerVersion() {}

    public static String announced() {
        return System.getProperty(PROPERTY, Version.get());
    }
}
