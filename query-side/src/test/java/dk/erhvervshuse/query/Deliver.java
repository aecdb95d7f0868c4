package dk.erhvervshuse.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.ArrayList;
import java.util.List;

/** Hands events to a projection as Axon does: through its annotated handlers, in batches or one at a time. */
public final class Deliver {

    private Deliver() {
    }

    /** As a pooled processor does: the whole list in one {@link BatchingUnitOfWork}. */
    public static void inOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        ResultMessage<?> result = batch.executeWithResult(() -> handlers.handle(batch.getMessage()));
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    /** In batches of {@code size}. */
    public static void inBatchesOf(int size, Object projection, List<? extends EventMessage<?>> events) {
        for (int from = 0; from < events.size(); from += size) {
            inOneBatch(projection, events.subList(from, Math.min(events.size(), from + size)));
        }
    }

    /** Without any unit of work: each event a batch of its own. */
    public static void oneByOne(Object projection, List<? extends EventMessage<?>> events) throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> event : events) {
            handlers.handle(event);
        }
    }

    /** As a processor does before a replay from scratch. */
    public static void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }
}
