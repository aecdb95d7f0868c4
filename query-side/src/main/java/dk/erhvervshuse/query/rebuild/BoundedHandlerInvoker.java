package dk.erhvervshuse.query.rebuild;

import dk.erhvervshuse.query.dashboard.DashboardProjection;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Hands a build's projection the events its bound admits; the others pass over it ({@link DashboardProjection#skip}),
 * so that a batch whose last event is left out still ends with the batch's writes.
 */
final class BoundedHandlerInvoker implements EventHandlerInvoker {

    private final EventHandlerInvoker handlers;
    private final DashboardProjection projection;
    private final EventAdmission admission;

    BoundedHandlerInvoker(EventHandlerInvoker handlers, DashboardProjection projection, EventAdmission admission) {
        this.handlers = handlers;
        this.projection = projection;
        this.admission = admission;
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        return handlers.canHandle(eventMessage, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handlers.canHandleType(payloadType);
    }

    @Override
    public void handle(EventMessage<?> message, Segment segment) throws Exception {
        if (message instanceof TrackedEventMessage<?> tracked && !admission.admits(tracked)) {
            projection.skip(tracked);
        } else {
            handlers.handle(message, segment);
        }
    }

    @Override
    public boolean supportsReset() {
        return handlers.supportsReset();
    }

    @Override
    public void performReset() {
        handlers.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        handlers.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        handlers.segmentReleased(segment);
    }
}
