package dk.erhvervshuse.command.delivery;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.delivery.RestatementRule.Current;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.FULL_TIME_EMPLOYEES_SCALE;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireDeliveredOn;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireNotNegative;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireStreamId;
import static dk.erhvervshuse.command.delivery.DeliveryInputGuards.requireYear;
import static dk.erhvervshuse.command.input.InputGuards.requireCvr;
import static dk.erhvervshuse.command.input.InputGuards.requireMaxDecimals;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The deliveries of one company's accounts for one year, for the effect measurement of goal 5 (§8.1): revenue
 * (omsætning) and gross profit (bruttofortjeneste) in DKK, full-time employees (årsværk). Its id is
 * {@code accounts:CVR:YEAR} ({@link CompanyAccountsDelivered#streamIdOf}); created by the first delivery,
 * restated by later ones ({@link RestatementRule}). Gross profit may be negative (a loss); revenue and
 * full-time employees may not.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CompanyAccountsDeliveries {

    @AggregateIdentifier
    private String deliveryStreamId;
    private Current current;
    private Accounts accounts;

    record Accounts(BigDecimal revenue, BigDecimal fullTimeEmployees, BigDecimal grossProfit) {

        boolean sameFiguresAs(Accounts other) {
            return other != null && revenue.compareTo(other.revenue) == 0
                    && fullTimeEmployees.compareTo(other.fullTimeEmployees) == 0
                    && grossProfit.compareTo(other.grossProfit) == 0;
        }
    }

    protected CompanyAccountsDeliveries() {
        // for Axon: sourced from events, or created empty by the first delivery
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeliverCompanyAccounts command, Clock clock) {
        LocalDate today = today(clock);
        Cvr cvr = requireCvr(command.cvr());
        int year = requireYear(command.year(), today);
        String id = requireStreamId(command.deliveryStreamId(), CompanyAccountsDelivered.streamIdOf(cvr, year));
        Accounts delivered = new Accounts(requireNotNegative("revenue", command.revenue()),
                requireFullTimeEmployees(command.fullTimeEmployees()),
                requirePresent("grossProfit", command.grossProfit()));
        DeliveryStatus status = requirePresent("status", command.status());
        LocalDate deliveredOn = requireDeliveredOn(command.deliveredOn(), year, today);
        int revision = RestatementRule.nextRevision(id, current, status, deliveredOn,
                delivered.sameFiguresAs(accounts));
        apply(new CompanyAccountsDelivered(id, cvr, year, delivered.revenue(), delivered.fullTimeEmployees(),
                delivered.grossProfit(), status, revision, deliveredOn));
    }

    /** Årsværk, as the register gives them: not negative, to the hundredth. */
    private static BigDecimal requireFullTimeEmployees(BigDecimal fullTimeEmployees) {
        requireNotNegative("fullTimeEmployees", fullTimeEmployees);
        return requireMaxDecimals("fullTimeEmployees", fullTimeEmployees, FULL_TIME_EMPLOYEES_SCALE);
    }

    @EventSourcingHandler
    void on(CompanyAccountsDelivered event) {
        deliveryStreamId = event.deliveryStreamId();
        current = new Current(event.status(), event.revision(), event.deliveredOn());
        accounts = new Accounts(event.revenue(), event.fullTimeEmployees(), event.grossProfit());
    }
}
