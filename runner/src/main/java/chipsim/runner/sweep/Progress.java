package chipsim.runner.sweep;

/** How a sweep shows its progress: a bar on a terminal, a line every few seconds otherwise. */
public interface Progress extends AutoCloseable {

    /** One more run finished. */
    void step(boolean failed);

    /** Time passed with no run finishing; a plain progress line may be due. */
    void tick();

    @Override
    void close();
}
