package dk.erhvervshuse.ops.history;

import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import org.axonframework.eventhandling.DomainEventMessage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's rules and the log's promises, checked commit by commit as a generated history goes by: it
 * fails at the first commit that breaks one, and counts what the tests then compare with the options. It keeps a
 * little per case, ledger and contract, never the events.
 */
final class HistoryChecks implements Consumer<List<DomainEventMessage<?>>> {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final BigDecimal THREE_HOURS = new BigDecimal("3");
    private static final BigDecimal TWENTY_HOURS = new BigDecimal("20");
    private static final Duration POLICY_WITHIN = Duration.ofSeconds(1);

    // ---- what the tests compare
    long commits;
    long events;
    final Map<String, Long> eventsByType = new TreeMap<>();
    final Map<Integer, Set<String>> companiesByYear = new TreeMap<>();
    final Map<House, Integer> casesByHouse = new EnumMap<>(House.class);
    /** Distinct companies under 3 years old at their case's first meeting, by the year of that meeting and house. */
    final Map<Integer, Map<House, Set<String>>> entrepreneursByYear = new TreeMap<>();
    final Set<String> companiesAtTwoHouses = new HashSet<>();
    final Set<String> companiesBackInALaterYear = new HashSet<>();
    long meetings;
    long meetingsRegisteredLater;
    long casesSelected;
    long evaluations;
    long evaluationsOfSelectedCases;
    final int[] answers = new int[3];
    final Map<String, LocalDate> contractsInForce = new TreeMap<>();
    final Map<String, BigDecimal> finalAwareness = new TreeMap<>();
    final Set<String> controlGroups = new HashSet<>();
    long requirements;
    long decisions;
    long accounts;

    // ---- what the checks need to remember
    private Instant lastRecordedAt = Instant.MIN;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, CaseFacts> cases = new HashMap<>();
    private final Map<String, Map<House, Integer>> yearsAndHousesOfCompany = new HashMap<>();
    private final Map<String, PendingCount> pendingCounts = new LinkedHashMap<>();
    private final Map<String, Set<String>> pendingRequirements = new HashMap<>();
    private final Map<String, Map<Party, LocalDate>> signatures = new HashMap<>();
    private final Map<String, Integer> surveyRevisions = new HashMap<>();

    private static final class CaseFacts {
        final House house;
        final String cvr;
        final LocalDate foundedOn;
        final Map<String, BigDecimal> countingHours = new HashMap<>();
        final Map<String, LocalDate> heldOn = new HashMap<>();
        boolean metOnce;
        boolean selected;

        CaseFacts(GuidanceCaseOpened opened) {
            this.house = opened.house();
            this.cvr = opened.cvr().value();
            this.foundedOn = opened.foundedOn();
        }

        BigDecimal hours() {
            return countingHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record PendingCount(String ledgerId, String caseId, String meetingId, BigDecimal hours, Instant at) {
    }

    @Override
    public void accept(List<DomainEventMessage<?>> commit) {
        assertThat(commit).isNotEmpty();
        DomainEventMessage<?> first = commit.get(0);
        Instant at = first.getTimestamp();
        String context = "commit " + commits + " " + first.getAggregateIdentifier() + " at " + at;
        assertThat(at).as("recording order, %s", context).isAfterOrEqualTo(lastRecordedAt);
        lastRecordedAt = at;
        boolean byPolicy = !Objects.equals(first.getMetaData().get(AuditMetadata.CORRELATION_ID),
                first.getMetaData().get("traceId"));
        if (!byPolicy) {
            assertInOfficeHours(at, context);
        }
        for (DomainEventMessage<?> event : commit) {
            assertThat(event.getTimestamp()).as(context).isEqualTo(at);
            assertThat(event.getAggregateIdentifier()).as(context).isEqualTo(first.getAggregateIdentifier());
            assertThat(event.getType()).as(context).isEqualTo(first.getType());
            assertThat(event.getMetaData()).as(context).isEqualTo(first.getMetaData());
            assertSequence(event, context);
            assertAudit(event, context);
            eventsByType.merge(event.getPayloadType().getSimpleName(), 1L, Long::sum);
            events++;
        }
        Object payload = first.getPayload();
        if (payload instanceof GuidanceCaseEvent) {
            guidance(commit, at, context);
        } else if (payload instanceof GuidanceHoursEvent) {
            ledger(commit, at, context);
        } else if (payload instanceof ResultContractProposed || payload instanceof ResultContractSigned
                || payload instanceof ResultContractAmended) {
            contract(commit, context);
        } else {
            delivery(payload, at, context);
        }
        commits++;
    }

    // ---- the log

    private void assertSequence(DomainEventMessage<?> event, String context) {
        String stream = event.getType() + " " + event.getAggregateIdentifier();
        long expected = nextSequence.getOrDefault(stream, 0L);
        assertThat(event.getSequenceNumber()).as("sequence of %s, %s", stream, context).isEqualTo(expected);
        nextSequence.put(stream, expected + 1);
    }

    private static void assertInOfficeHours(Instant at, String context) {
        ZonedDateTime local = at.atZone(COPENHAGEN);
        assertThat(local.getDayOfWeek()).as("weekday, %s", context)
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(local.toLocalTime()).as("office hours, %s", context)
                .isBetween(LocalTime.of(8, 0), LocalTime.of(15, 59, 59));
    }

    /** §10.2: who registered it, in which role and for which house, and which command it answers. */
    private static void assertAudit(DomainEventMessage<?> event, String context) {
        Map<String, ?> metaData = event.getMetaData();
        assertThat(metaData).as(context).containsKeys(AuditMetadata.USER_ID, AuditMetadata.ROLE,
                AuditMetadata.CORRELATION_ID, "traceId");
        Object payload = event.getPayload();
        House house = payload instanceof GuidanceCaseEvent guidance ? guidance.house()
                : payload instanceof GuidanceHoursEvent hours ? hours.house() : null;
        if (house != null) {
            assertThat(metaData.get(AuditMetadata.USER_HOUSE)).as("the house acting, %s", context)
                    .isEqualTo(house.name());
            assertThat(metaData.get(AuditMetadata.USER_ID).toString()).as(context)
                    .contains("." + house.name().toLowerCase() + ".");
        }
        String reason = payload instanceof GuidanceMeetingCorrected correction ? correction.reason()
                : payload instanceof GuidanceMeetingWithdrawn withdrawal ? withdrawal.reason()
                : payload instanceof CaseRegistrationCorrected correction ? correction.reason() : null;
        if (reason != null) {
            assertThat(metaData.get(AuditMetadata.REASON)).as("the reason, %s", context).isEqualTo(reason);
        }
    }

    // ---- guidance (§5.1, §9)

    private void guidance(List<DomainEventMessage<?>> commit, Instant at, String context) {
        LocalDate recordedOn = at.atZone(COPENHAGEN).toLocalDate();
        String traceId = commit.get(0).getMetaData().get("traceId").toString();
        for (int i = 0; i < commit.size(); i++) {
            Object payload = commit.get(i).getPayload();
            if (payload instanceof GuidanceCaseOpened opened) {
                opened(opened, context);
                continue;
            }
            GuidanceCaseEvent event = (GuidanceCaseEvent) payload;
            CaseFacts facts = cases.get(event.caseId());
            assertThat(facts).as("the case is opened before anything is recorded on it, %s", context).isNotNull();
            if (payload instanceof GuidanceMeetingRecorded meeting) {
                assertThat(meeting.heldOn()).as(context).isBeforeOrEqualTo(recordedOn);
                meetings++;
                meetingsRegisteredLater += meeting.heldOn().isBefore(recordedOn) ? 1 : 0;
                if (!facts.metOnce) {
                    facts.metOnce = true;
                    if (facts.foundedOn.plusYears(3).isAfter(meeting.heldOn())) {
                        entrepreneursByYear.computeIfAbsent(meeting.heldOn().getYear(), y -> new EnumMap<>(House.class))
                                .computeIfAbsent(facts.house, h -> new HashSet<>()).add(facts.cvr);
                    }
                }
                meetingChanged(facts, meeting.caseId(), meeting.meetingId(), meeting.hours(), meeting.heldOn(),
                        commit, i, traceId, at, context);
            } else if (payload instanceof GuidanceMeetingCorrected correction) {
                meetingChanged(facts, correction.caseId(), correction.meetingId(), correction.hours(),
                        correction.heldOn(), commit, i, traceId, at, context);
            } else if (payload instanceof GuidanceMeetingWithdrawn withdrawal) {
                facts.countingHours.remove(withdrawal.meetingId());
                pendingCounts.put(traceId, new PendingCount(ledgerIdOf(facts), withdrawal.caseId(),
                        withdrawal.meetingId(), new BigDecimal("0.00"), at));
            } else if (payload instanceof CaseSelectedForUserEvaluation) {
                assertThat(i).as("a selection follows the meeting that passes 3 hours, %s", context).isPositive();
            } else if (payload instanceof UserEvaluationReceived evaluation) {
                assertThat(facts.metOnce).as("an evaluated company was guided, %s", context).isTrue();
                assertThat(evaluation.recommendScore()).isBetween(0, 10);
                evaluations++;
                evaluationsOfSelectedCases += facts.selected ? 1 : 0;
                int score = evaluation.recommendScore();
                answers[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
            }
        }
    }

    private void opened(GuidanceCaseOpened opened, String context) {
        assertThat(cases).as("a case is opened once, %s", context).doesNotContainKey(opened.caseId());
        assertThat(opened.foundedOn()).as(context).isBefore(opened.openedOn());
        cases.put(opened.caseId(), new CaseFacts(opened));
        String cvr = opened.cvr().value();
        int year = opened.openedOn().getYear();
        companiesByYear.computeIfAbsent(year, y -> new HashSet<>()).add(cvr);
        casesByHouse.merge(opened.house(), 1, Integer::sum);
        Map<House, Integer> before = yearsAndHousesOfCompany.computeIfAbsent(cvr, c -> new EnumMap<>(House.class));
        before.forEach((house, openedIn) -> {
            if (house != opened.house()) {
                companiesAtTwoHouses.add(cvr);
            } else if (openedIn < year) {
                companiesBackInALaterYear.add(cvr);
            }
        });
        before.put(opened.house(), year);
    }

    /**
     * §9: the meeting or correction that takes a case over 3 hours selects it in the same commit, once; the
     * 20-hour policy then counts the meeting's hours as they now stand on the company's ledger at the house.
     */
    private void meetingChanged(CaseFacts facts, String caseId, String meetingId, BigDecimal hours, LocalDate heldOn,
                                List<DomainEventMessage<?>> commit, int index, String traceId, Instant at,
                                String context) {
        assertThat(hours.remainder(new BigDecimal("0.25"))).as("quarter hours, %s", context).isZero();
        BigDecimal before = facts.hours();
        facts.countingHours.put(meetingId, hours);
        facts.heldOn.put(meetingId, heldOn);
        BigDecimal after = facts.hours();
        boolean selects = !facts.selected && after.compareTo(THREE_HOURS) > 0;
        Object next = index + 1 < commit.size() ? commit.get(index + 1).getPayload() : null;
        if (selects) {
            assertThat(before).as(context).isLessThanOrEqualTo(THREE_HOURS);
            assertThat(next).as("selected in the commit that passes 3 hours, %s", context)
                    .isInstanceOf(CaseSelectedForUserEvaluation.class);
            CaseSelectedForUserEvaluation selection = (CaseSelectedForUserEvaluation) next;
            assertThat(selection.hoursAtSelection()).as(context).isEqualByComparingTo(after);
            assertThat(selection.selectedOn()).as(context).isEqualTo(heldOn);
            facts.selected = true;
            casesSelected++;
        } else {
            assertThat(next instanceof CaseSelectedForUserEvaluation).as("no selection below 3 hours or twice, %s",
                    context).isFalse();
        }
        pendingCounts.put(traceId, new PendingCount(ledgerIdOf(facts), caseId, meetingId, hours, at));
    }

    private static String ledgerIdOf(CaseFacts facts) {
        return facts.house.name() + ":" + facts.cvr;
    }

    // ---- the 20-hour rule (§5.1)

    private void ledger(List<DomainEventMessage<?>> commit, Instant at, String context) {
        String ledgerId = commit.get(0).getAggregateIdentifier();
        Object first = commit.get(0).getPayload();
        if (first instanceof ManagementDecisionRecorded decision) {
            assertThat(commit).as(context).hasSize(1);
            assertThat(pendingRequirements.getOrDefault(ledgerId, Set.of()))
                    .as("management decides a requirement raised on its ledger, once, %s", context)
                    .contains(decision.requirementId());
            pendingRequirements.get(ledgerId).remove(decision.requirementId());
            LocalDate windowTo = LocalDate.parse(decision.requirementId().substring(ledgerId.length() + 1));
            assertThat(decision.decidedOn()).as(context).isAfterOrEqualTo(windowTo);
            decisions++;
            return;
        }
        GuidanceHoursCounted count = (GuidanceHoursCounted) first;
        assertThat(ledgerId).as(context).isEqualTo(count.house().name() + ":" + count.cvr().value());
        PendingCount expected = pendingCounts.remove(commit.get(0).getMetaData().get("traceId").toString());
        assertThat(expected).as("the policy counts a meeting that was recorded, %s", context).isNotNull();
        assertThat(count.ledgerId()).as(context).isEqualTo(expected.ledgerId());
        assertThat(count.caseId()).as(context).isEqualTo(expected.caseId());
        assertThat(count.meetingId()).as(context).isEqualTo(expected.meetingId());
        assertThat(count.hours()).as(context).isEqualTo(expected.hours());
        assertThat(Duration.between(expected.at(), at)).as("the count follows the meeting, %s", context)
                .isPositive().isLessThan(POLICY_WITHIN);
        for (DomainEventMessage<?> event : commit.subList(1, commit.size())) {
            ManagementDecisionRequired required = (ManagementDecisionRequired) event.getPayload();
            assertThat(required.hoursInWindow()).as(context).isGreaterThan(TWENTY_HOURS);
            assertThat(required.windowFrom()).as(context).isEqualTo(required.windowTo().minusMonths(12).plusDays(1));
            assertThat(required.requirementId()).as(context).isEqualTo(ledgerId + ":" + required.windowTo());
            pendingRequirements.computeIfAbsent(ledgerId, id -> new HashSet<>()).add(required.requirementId());
            requirements++;
        }
    }

    /** Meetings whose count has not come yet, though it was due a second after them. */
    List<String> countsOverdue() {
        return pendingCounts.values().stream()
                .filter(pending -> pending.at().plus(POLICY_WITHIN).isBefore(lastRecordedAt))
                .map(PendingCount::toString).toList();
    }

    // ---- the result contract (§8.2)

    private void contract(List<DomainEventMessage<?>> commit, String context) {
        String contractId = commit.get(0).getAggregateIdentifier();
        Object first = commit.get(0).getPayload();
        if (first instanceof ResultContractProposed) {
            assertThat(signatures).as("proposed once, %s", context).doesNotContainKey(contractId);
            signatures.put(contractId, new EnumMap<>(Party.class));
        } else if (first instanceof ResultContractSigned signed) {
            Map<Party, LocalDate> signedOn = signatures.get(contractId);
            assertThat(signedOn).as("signed after it was proposed, %s", context).isNotNull()
                    .doesNotContainKey(signed.party());
            signedOn.put(signed.party(), signed.signedOn());
            if (signedOn.size() == Party.values().length) {
                assertThat(commit).as("the second signature puts it in force, %s", context).hasSize(2);
                ResultContractTookEffect tookEffect = (ResultContractTookEffect) commit.get(1).getPayload();
                LocalDate later = signedOn.values().stream().max(LocalDate::compareTo).orElseThrow();
                assertThat(tookEffect.effectiveOn()).as(context).isEqualTo(later);
                contractsInForce.put(contractId, later);
            } else {
                assertThat(commit).as("one signature is a draft still, %s", context).hasSize(1);
            }
        } else if (first instanceof ResultContractAmended amended) {
            assertThat(contractsInForce).as("amended once in force, %s", context).containsKey(contractId);
            assertThat(amended.amendedOn()).isAfterOrEqualTo(contractsInForce.get(contractId));
            assertThat(amended.agreedBy()).hasSize(2).doesNotHaveDuplicates();
        }
    }

    // ---- the Business Authority's deliveries (goals 2 and 5)

    private void delivery(Object payload, Instant at, String context) {
        LocalDate recordedOn = at.atZone(COPENHAGEN).toLocalDate();
        if (payload instanceof AwarenessSurveyDelivered survey) {
            assertThat(survey.awareOfHousePercent()).as(context).isBetween(new BigDecimal("35"), new BigDecimal("50"));
            int revision = surveyRevisions.merge(survey.deliveryStreamId(), 1, Integer::sum);
            assertThat(survey.revision()).as(context).isEqualTo(revision);
            assertThat(survey.deliveredOn()).as(context).isBeforeOrEqualTo(recordedOn);
            if (survey.status().name().equals("FINAL")) {
                finalAwareness.put(survey.deliveryStreamId(), survey.awareOfHousePercent());
            }
        } else if (payload instanceof ControlGroupGrowthDelivered growth) {
            controlGroups.add(growth.segment() + ":" + growth.year());
        } else if (payload instanceof CompanyAccountsDelivered delivered) {
            assertThat(yearsAndHousesOfCompany).as("accounts of a guided company, %s", context)
                    .containsKey(delivered.cvr().value());
            assertThat(delivered.revenue()).as(context).isNotNegative();
            assertThat(delivered.fullTimeEmployees()).as(context).isPositive();
            accounts++;
        } else {
            throw new AssertionError("an event of no known family: " + payload);
        }
    }

    // ---- summaries

    int entrepreneurs(int year) {
        return entrepreneursByYear.getOrDefault(year, Map.of()).values().stream().mapToInt(Set::size).sum();
    }

    int entrepreneurs(int year, House house) {
        return entrepreneursByYear.getOrDefault(year, Map.of()).getOrDefault(house, Set.of()).size();
    }

    /** % promoters (9–10) − % detractors (0–6). */
    double netPromoterScore() {
        int answered = answers[0] + answers[1] + answers[2];
        return 100.0 * (answers[0] - answers[2]) / answered;
    }
}
