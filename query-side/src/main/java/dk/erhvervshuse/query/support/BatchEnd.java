package dk.erhvervshuse.query.support;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work a batch does once its last event was handled (write the changed documents, derive the dashboards),
 * run by the processor's batch boundary <em>outside</em> any one event's handling when a boundary is installed
 * (see {@code query.deadletter.ProjectionBatches}): then an event that fails and is parked never takes the batch's
 * writes with it, and a failed write fails the whole batch, which is delivered again, instead of being taken for
 * the failure of whichever event happened to be last. Without a boundary (a direct call, a dashboard build's own
 * processor) the handlers write on the last event as before.
 */
public final class BatchEnd {

    private static final String RESOURCE = BatchEnd.class.getName();

    private final Map<String, Runnable> tasks = new LinkedHashMap<>();

    private BatchEnd() {
    }

    /** Marks the unit of work as one whose batch end is run by a boundary; returns its batch end. */
    public static BatchEnd install(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new BatchEnd());
    }

    /** Whether a boundary runs this unit of work's batch end. */
    public static boolean isInstalled(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getResource(RESOURCE) != null;
    }

    /** Adds {@code task} under {@code key} (once per key), to run at the batch end in the order added. */
    public static void add(UnitOfWork<?> unitOfWork, String key, Runnable task) {
        BatchEnd end = unitOfWork.root().getResource(RESOURCE);
        if (end == null) {
            throw new IllegalStateException("no batch boundary is installed in this unit of work");
        }
        end.tasks.putIfAbsent(key, task);
    }

    /** Runs the tasks added so far, in order; each runs once. */
    public void run() {
        while (!tasks.isEmpty()) {
            String first = tasks.keySet().iterator().next();
            Runnable task = tasks.remove(first);
            task.run();
        }
    }
}
