package dk.erhvervshuse.command.delivery;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.command.delivery.RestatementRule.Current;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireDeliveredOn;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireGrowthPercent;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireStreamId;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireYear;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The deliveries of the control group's growth for one segment over the two years ending with the year, the
 * yardstick of goal 5 (§8.1: "mervækst … i forhold til en kontrolgruppe af sammenlignelige virksomheder"): the
 * vækst segment's revenue and employment growth, the drift segment's productivity growth (revenue per
 * full-time employee, and gross profit per full-time employee should a better proxy be adopted). Its id is
 * {@code control:SEGMENT:YEAR} ({@link ControlGroupGrowthDelivered#streamIdOf}); created by the first
 * delivery, restated by later ones ({@link RestatementRule}). All four growths are delivered for both
 * segments, so that a goal can be recomputed under another definition from the same delivery.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ControlGroupGrowthDeliveries {

    @AggregateIdentifier
    private String deliveryStreamId;
    private Current current;
    private Growth growth;

    record Growth(BigDecimal revenuePercent, BigDecimal employmentPercent, BigDecimal revenuePerEmployeePercent,
                  BigDecimal grossProfitPerEmployeePercent) {

        boolean sameFiguresAs(Growth other) {
            return other != null && revenuePercent.compareTo(other.revenuePercent) == 0
                    && employmentPercent.compareTo(other.employmentPercent) == 0
                    && revenuePerEmployeePercent.compareTo(other.revenuePerEmployeePercent) == 0
                    && grossProfitPerEmployeePercent.compareTo(other.grossProfitPerEmployeePercent) == 0;
        }
    }

    protected ControlGroupGrowthDeliveries() {
        // for Axon: sourced from events, or created empty by the first delivery
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeliverControlGroupGrowth command, Clock clock) {
        LocalDate today = today(clock);
        Segment segment = requirePresent("segment", command.segment());
        int year = requireYear(command.year(), today);
        String id = requireStreamId(command.deliveryStreamId(), ControlGroupGrowthDelivered.streamIdOf(segment, year));
        Growth delivered = new Growth(
                requireGrowthPercent("revenueGrowthPercent", command.revenueGrowthPercent()),
                requireGrowthPercent("employmentGrowthPercent", command.employmentGrowthPercent()),
                requireGrowthPercent("revenuePerEmployeeGrowthPercent", command.revenuePerEmployeeGrowthPercent()),
                requireGrowthPercent("grossProfitPerEmployeeGrowthPercent",
                        command.grossProfitPerEmployeeGrowthPercent()));
        DeliveryStatus status = requirePresent("status", command.status());
        LocalDate deliveredOn = requireDeliveredOn(command.deliveredOn(), year, today);
        int revision = RestatementRule.nextRevision(id, current, status, deliveredOn, delivered.sameFiguresAs(growth));
        apply(new ControlGroupGrowthDelivered(id, segment, year, delivered.revenuePercent(),
                delivered.employmentPercent(), delivered.revenuePerEmployeePercent(),
                delivered.grossProfitPerEmployeePercent(), status, revision, deliveredOn));
    }

    @EventSourcingHandler
    void on(ControlGroupGrowthDelivered event) {
        deliveryStreamId = event.deliveryStreamId();
        current = new Current(event.status(), event.revision(), event.deliveredOn());
        growth = new Growth(event.revenueGrowthPercent(), event.employmentGrowthPercent(),
                event.revenuePerEmployeeGrowthPercent(), event.grossProfitPerEmployeeGrowthPercent());
    }
}
