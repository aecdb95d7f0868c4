package dk.erhvervshuse.command.delivery;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.delivery.RestatementRule.Current;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
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
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requirePercent;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireRespondents;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireStreamId;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireYear;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The deliveries of the Business Authority's awareness survey (kendskabsmåling, §9) of one house for one year,
 * the measure of goal 2 (§8.1). Its id is {@code awareness:HOUSE:YEAR}
 * ({@link AwarenessSurveyDelivered#streamIdOf}); created by the first delivery, restated by later ones
 * ({@link RestatementRule}).
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AwarenessSurveyDeliveries {

    @AggregateIdentifier
    private String deliveryStreamId;
    private Current current;
    private Survey survey;

    record Survey(BigDecimal awareOfHousePercent, BigDecimal awareOfOffersPercent, int respondents) {

        boolean sameFiguresAs(Survey other) {
            return other != null && awareOfHousePercent.compareTo(other.awareOfHousePercent) == 0
                    && awareOfOffersPercent.compareTo(other.awareOfOffersPercent) == 0
                    && respondents == other.respondents;
        }
    }

    protected AwarenessSurveyDeliveries() {
        // for Axon: sourced from events, or created empty by the first delivery
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeliverAwarenessSurvey command, Clock clock) {
        LocalDate today = today(clock);
        House house = requirePresent("house", command.house());
        int year = requireYear(command.year(), today);
        String id = requireStreamId(command.deliveryStreamId(), AwarenessSurveyDelivered.streamIdOf(house, year));
        Survey delivered = new Survey(requirePercent("awareOfHousePercent", command.awareOfHousePercent()),
                requirePercent("awareOfOffersPercent", command.awareOfOffersPercent()),
                requireRespondents(command.respondents()));
        DeliveryStatus status = requirePresent("status", command.status());
        LocalDate deliveredOn = requireDeliveredOn(command.deliveredOn(), year, today);
        int revision = RestatementRule.nextRevision(id, current, status, deliveredOn, delivered.sameFiguresAs(survey));
        apply(new AwarenessSurveyDelivered(id, house, year, delivered.awareOfHousePercent(),
                delivered.awareOfOffersPercent(), delivered.respondents(), status, revision, deliveredOn));
    }

    @EventSourcingHandler
    void on(AwarenessSurveyDelivered event) {
        deliveryStreamId = event.deliveryStreamId();
        current = new Current(event.status(), event.revision(), event.deliveredOn());
        survey = new Survey(event.awareOfHousePercent(), event.awareOfOffersPercent(), event.respondents());
    }
}
