package chipsim.runner;

import akka.dispatch.DispatcherPrerequisites;
import akka.dispatch.ForkJoinExecutorConfigurator;
import akka.dispatch.MonitorableThreadFactory;
import com.typesafe.config.Config;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;

/**
 * Akka's fork-join dispatcher, whose threads hand an OutOfMemoryError to {@link OutOfMemory}
 * before Akka's own handler, which logs (allocating again) and then calls System.exit: on a full
 * heap that left a JVM printing "OutOfMemoryError thrown from the UncaughtExceptionHandler" that
 * never exited. Named in application.conf as the executor of Akka's dispatchers.
 */
public final class OutOfMemoryAwareExecutor extends ForkJoinExecutorConfigurator {

    public OutOfMemoryAwareExecutor(Config config, DispatcherPrerequisites prerequisites) {
        super(config.getConfig("fork-join-executor"), prerequisites);
    }

    @Override
    public ForkJoinPool.ForkJoinWorkerThreadFactory validate(ThreadFactory factory) {
        if (factory instanceof MonitorableThreadFactory akka) {
            return super.validate(akka.copy(akka.name(), akka.daemonic(), akka.contextClassLoader(),
                    OutOfMemory.handler(akka.exceptionHandler()), akka.counter()));
        }
        return super.validate(factory);
    }
}
