package dk.erhvervshuse.query.deadletter;

import dk.erhvervshuse.query.support.BatchEnd;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The boundary of a processor's batch, around the dead-letter queue rather than inside it:
 * <ul>
 *     <li>From the batch's first event until it is committed (its token stored) the processing group's
 *     {@link #gate} is held, so a retry of parked events (which takes the same gate) never runs in the middle of a
 *     batch: the batch loads its documents once at its start, and a retry writing them meanwhile would be
 *     overwritten at the batch's end.</li>
 *     <li>After the last event, the batch's end ({@link BatchEnd}: its writes, the dashboards' derivation) runs
 *     here, outside the handling of any one event: an event that failed and was parked does not take the batch's
 *     writes with it, and a failing write fails the batch (delivered again) instead of being parked as if it were
 *     the last event's fault.</li>
 * </ul>
 */
class ProjectionBatches implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String HELD = ProjectionBatches.class.getName() + ".held";

    private final ReentrantLock gate;

    ProjectionBatches(ReentrantLock gate) {
        this.gate = gate;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        root.getOrComputeResource(HELD, key -> {
            gate.lock();
            root.onCleanup(u -> gate.unlock());
            return Boolean.TRUE;
        });
        BatchEnd end = BatchEnd.install(root);
        Object result = interceptorChain.proceed();
        if (!(root instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            end.run();
        }
        return result;
    }
}
