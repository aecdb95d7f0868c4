package dk.erhvervshuse.command.contract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireFreeText;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The result contract (resultatkontrakt, agreement §8.2) between KKR and one house for one year: its goals
 * (the national goals of §8.1 with the house's targets, and local goals, {@link ContractGoalRules}), the two
 * chairs' signatures ({@link SigningRule}) and its amendments. Its id is {@code HOUSE:YEAR}
 * ({@link ResultContractEvent#contractIdOf}); the years are those of the agreement, 2024–2027.
 * <p>
 * Life of a contract:
 * <ol>
 *     <li>Proposed: KKR and the house have negotiated the terms. Until both chairs have signed, a new
 *     proposal replaces the draft: it is a new text, so the signatures given to the old one are void and both
 *     chairs sign again. A proposal with the same goals as the draft is refused, so that a retried command
 *     cannot void a signature.</li>
 *     <li>Signed by each chair once; the second signature puts the contract in force in the same command,
 *     from the later signing date.</li>
 *     <li>In force: no new proposal; the parties change it by amendment, each giving the full goal list
 *     after it, the reason and the two chairs who agreed. Every amendment stays in the contract's history,
 *     dated on or after the contract took effect and after the amendment before it.</li>
 * </ol>
 * Signing or amending a contract never proposed is {@link NotFound}, not Axon's aggregate-not-found: the
 * handlers create the aggregate if missing, refuse, and so write nothing.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ResultContract {

    @AggregateIdentifier
    private String contractId;
    private House house;
    private int year;
    /** The goals of the draft, or of the contract in force as last amended. */
    private List<ContractGoal> goals;
    private LocalDate proposedOn;
    /** The signatures given to the current draft. */
    private Map<Party, Signature> signatures = new EnumMap<>(Party.class);
    private LocalDate effectiveOn;
    private LocalDate lastAmendedOn;

    record Signature(String signatoryId, LocalDate signedOn) {
    }

    protected ResultContract() {
        // for Axon: sourced from events, or created empty by the first proposal
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeResultContract command, Clock clock) {
        String id = requireContractOf(command.contractId(), command.house(), command.year());
        requireNotInForce();
        List<ContractGoal> proposed = ContractGoalRules.proposedGoals(
                AgreementTerms.nationalGoals(command.house(), command.year()), command.nationalGoals(),
                command.localGoals());
        LocalDate proposedDate = requireNotInFuture("proposedOn", command.proposedOn(), today(clock));
        if (goals != null && ContractGoalRules.sameTerms(proposed, goals)) {
            throw invalid(null, "proposal.noChange", "the proposal has the same goals as the draft of contract " + id
                    + "; proposing it again would only void its signatures");
        }
        apply(new ResultContractProposed(id, command.house(), command.year(), proposed, proposedDate));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignResultContract command, Clock clock) {
        String id = requireContractOf(command.contractId(), command.house(), command.year());
        requireProposed(id);
        Party party = requirePresent("party", command.party());
        String signatoryId = requireId("signatoryId", command.signatoryId());
        LocalDate signedOn = requireNotInFuture("signedOn", command.signedOn(), today(clock));
        if (signedOn.isBefore(proposedOn)) {
            throw invalid("signedOn", "signedOn.beforeProposal",
                    "signedOn " + signedOn + " is before the contract was proposed, " + proposedOn);
        }
        requireNotSignedBy(party);
        requireOtherSignatoryThan(party, signatoryId);
        apply(new ResultContractSigned(contractId, house, year, party, signatoryId, signedOn));
        takeEffectIfBothHaveSigned();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AmendResultContract command, Clock clock) {
        String id = requireContractOf(command.contractId(), command.house(), command.year());
        requireProposed(id);
        requireInForce();
        List<ContractGoal> amended = ContractGoalRules.amendedGoals(AgreementTerms.nationalGoals(house, year),
                command.goals());
        String reason = requireFreeText("reason", command.reason());
        List<String> agreedBy = requireTwoChairs(command.agreedBy());
        LocalDate amendedOn = requireAmendedOn(command.amendedOn(), today(clock));
        if (ContractGoalRules.sameTerms(amended, goals)) {
            throw invalid(null, "amendment.noChange", "the amendment changes nothing in contract " + contractId);
        }
        apply(new ResultContractAmended(contractId, house, year, amended, reason, agreedBy, amendedOn));
    }

    // ---- guards

    /** The contract's house and year, within the agreement, and an id that is theirs; returns the id. */
    private static String requireContractOf(String contractId, House house, int year) {
        requirePresent("house", house);
        if (!AgreementTerms.covers(year)) {
            throw invalid("year", "year.outsideAgreement", "the agreement covers " + AgreementTerms.FIRST_YEAR + "–"
                    + AgreementTerms.LAST_YEAR + "; there is no result contract for " + year);
        }
        String id = requireId("contractId", contractId);
        String expected = ResultContractEvent.contractIdOf(house, year);
        if (!expected.equals(id)) {
            throw invalid("contractId", "contractId.mismatch",
                    "contractId " + id + " is not the contract of " + house + " for " + year + ", " + expected);
        }
        return id;
    }

    private void requireProposed(String id) {
        if (proposedOn == null) {
            throw new NotFound("contractId", "contract.notProposed", "no result contract " + id + " has been proposed");
        }
    }

    private void requireNotInForce() {
        if (effectiveOn != null) {
            throw new StateConflict(null, "contract.inForce", "contract " + contractId + " has been in force since "
                    + effectiveOn + "; change it with an amendment");
        }
    }

    private void requireInForce() {
        if (effectiveOn == null) {
            throw new StateConflict(null, "contract.notInForce", "contract " + contractId
                    + " is not in force until both chairs have signed; a draft is changed by a new proposal");
        }
    }

    private void requireNotSignedBy(Party party) {
        Signature signature = signatures.get(party);
        if (signature != null) {
            throw new StateConflict("party", "party.alreadySigned", party + " already signed contract " + contractId
                    + " on " + signature.signedOn());
        }
    }

    /** The two chairs are two people: one person cannot sign for both parties. */
    private void requireOtherSignatoryThan(Party party, String signatoryId) {
        signatures.forEach((otherParty, signature) -> {
            if (otherParty != party && signature.signatoryId().equals(signatoryId)) {
                throw new StateConflict("signatoryId", "signatoryId.signedForOtherParty", signatoryId
                        + " already signed contract " + contractId + " as " + otherParty);
            }
        });
    }

    /** The ids of the two chairs, KKR's and the board's: exactly two, different. */
    private static List<String> requireTwoChairs(List<String> agreedBy) {
        requirePresent("agreedBy", agreedBy);
        if (agreedBy.size() != 2) {
            throw invalid("agreedBy", "agreedBy.count", "an amendment is agreed by the two chairs (§8.2); "
                    + agreedBy.size() + " were given");
        }
        Set<String> chairs = new HashSet<>();
        for (String chair : agreedBy) {
            if (!chairs.add(requireId("agreedBy", chair))) {
                throw invalid("agreedBy", "agreedBy.duplicate", chair + " is given twice; the two chairs are two people");
            }
        }
        return List.copyOf(agreedBy);
    }

    private LocalDate requireAmendedOn(LocalDate amendedOn, LocalDate today) {
        requireNotInFuture("amendedOn", amendedOn, today);
        if (amendedOn.isBefore(effectiveOn)) {
            throw invalid("amendedOn", "amendedOn.beforeEffective",
                    "amendedOn " + amendedOn + " is before the contract took effect, " + effectiveOn);
        }
        if (lastAmendedOn != null && amendedOn.isBefore(lastAmendedOn)) {
            throw invalid("amendedOn", "amendedOn.beforePreviousAmendment",
                    "amendedOn " + amendedOn + " is before the previous amendment, " + lastAmendedOn);
        }
        return amendedOn;
    }

    private void takeEffectIfBothHaveSigned() {
        Map<Party, LocalDate> signedOn = new EnumMap<>(Party.class);
        signatures.forEach((party, signature) -> signedOn.put(party, signature.signedOn()));
        SigningRule.effectiveOn(signedOn)
                .ifPresent(effective -> apply(new ResultContractTookEffect(contractId, house, year, effective)));
    }

    // ---- state

    @EventSourcingHandler
    void on(ResultContractProposed event) {
        contractId = event.contractId();
        house = event.house();
        year = event.year();
        goals = event.goals();
        proposedOn = event.proposedOn();
        signatures = new EnumMap<>(Party.class);
    }

    @EventSourcingHandler
    void on(ResultContractSigned event) {
        signatures.put(event.party(), new Signature(event.signatoryId(), event.signedOn()));
    }

    @EventSourcingHandler
    void on(ResultContractTookEffect event) {
        effectiveOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ResultContractAmended event) {
        goals = event.goals();
        lastAmendedOn = event.amendedOn();
    }
}
