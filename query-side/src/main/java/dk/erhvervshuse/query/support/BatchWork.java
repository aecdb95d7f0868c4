package dk.erhvervshuse.query.support;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a projection gathers over one batch of events and the work it does once the batch was handled (write the
 * changed documents, derive the dashboards, raise the audit index's mark), done at the right moment however its
 * handlers are called:
 * <ul>
 *     <li>by a processor whose batch boundary is installed ({@link BatchEnd}): at the boundary, after the last
 *         event and outside its handling, in the order the batch's works were started;</li>
 *     <li>by a processor without one (a dashboard build's own): on the batch's last event;</li>
 *     <li>directly, outside a unit of work: the event is a batch of its own, ended at once.</li>
 * </ul>
 * In a unit of work the end also runs on prepare-commit, in case the batch's last event was not one of this
 * projection's; it runs once for the events handled since it last ran, never twice for the same ones.
 *
 * @param <S> what one batch gathers
 */
public final class BatchWork<S> {

    private final String key;
    private final Consumer<S> end;

    /**
     * @param key names this work among the others in a shared unit of work; unique per projection instance
     * @param end the work at the batch's end
     */
    public BatchWork(String key, Consumer<S> end) {
        this.key = Objects.requireNonNull(key, "key");
        this.end = Objects.requireNonNull(end, "end");
    }

    /** The current batch's state, started by {@code start} with the batch's first event; a fresh one outside a unit of work. */
    public S current(Supplier<S> start) {
        if (!CurrentUnitOfWork.isStarted()) {
            return start.get();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Open<S> open = unitOfWork.getOrComputeResource(key, k -> {
            Open<S> started = new Open<>(start.get());
            unitOfWork.onPrepareCommit(u -> endIfPending(started));
            if (BatchEnd.isInstalled(unitOfWork)) {
                BatchEnd.add(unitOfWork, key, () -> endIfPending(started));
            }
            return started;
        });
        open.pending = true;
        return open.state;
    }

    /** To call once an event was handled: ends the batch now unless a later event or the boundary will. */
    public void handled(S batch) {
        if (!CurrentUnitOfWork.isStarted()) {
            end.accept(batch);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (!BatchEnd.isInstalled(unitOfWork)
                && (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage())) {
            endIfPending(unitOfWork.getResource(key));
        }
    }

    /** Ends the batch unless nothing was handled since it last ended. */
    private void endIfPending(Open<S> open) {
        if (open.pending) {
            open.pending = false;
            end.accept(open.state);
        }
    }

    /** A batch of a unit of work, and whether events were handled in it since its work last ran. */
    private static final class Open<S> {

        final S state;
        boolean pending;

        Open(S state) {
            this.state = state;
        }
    }
}
