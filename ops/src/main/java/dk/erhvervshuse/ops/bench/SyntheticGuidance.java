package dk.erhvervshuse.ops.bench;

import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Guidance cases written straight to the log, for benchmarks that need a long history fast: the event
 * shapes and mix of real cases (six houses by the goal-1 split, 2024–2026, entrepreneurs, meetings past
 * 3 hours selected for evaluation, referrals, evaluations, closings), deterministic by seed. The events
 * are what the aggregates would write for valid commands; they do not pass through the command side.
 */
final class SyntheticGuidance {

    private static final int[] HOUSE_WEIGHTS = weights();
    private static final Theme[] THEMES = Theme.values();
    private static final ReferralPartner[] PARTNERS = ReferralPartner.values();

    private final SplittableRandom random;
    private long events;
    private int cases;

    SyntheticGuidance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Appends whole cases until the log holds at least {@code target} events from this generator; returns the count. */
    long appendUntil(CommitLogStorageEngine log, long target) {
        List<List<EventMessage<?>>> commits = new ArrayList<>();
        while (events < target) {
            commits.addAll(nextCase());
            if (commits.size() >= 5_000) {
                log.appendInBulk(commits);
                commits.clear();
            }
        }
        if (!commits.isEmpty()) {
            log.appendInBulk(commits);
        }
        return events;
    }

    private List<List<EventMessage<?>>> nextCase() {
        int number = ++cases;
        String caseId = "case-" + number;
        House house = House.values()[pick(HOUSE_WEIGHTS)];
        Cvr cvr = new Cvr(validCvr(number));
        int year = 2024 + random.nextInt(3);
        LocalDate opened = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
        boolean entrepreneur = random.nextInt(4) == 0;
        LocalDate founded = entrepreneur ? opened.minusDays(100 + random.nextInt(900))
                : opened.minusYears(4 + random.nextInt(30));
        Segment segment = random.nextInt(100) < 55 ? Segment.OPERATIONS : Segment.GROWTH;
        Theme theme = THEMES[random.nextInt(THEMES.length)];
        Stream stream = new Stream(caseId, house);

        List<List<EventMessage<?>>> commits = new ArrayList<>();
        commits.add(stream.commit(opened, new GuidanceCaseOpened(caseId, house, cvr, Office.HEAD_OFFICE,
                new PNumber(String.valueOf(1_000_000_000L + number)), founded, segment, List.of(theme), opened)));
        BigDecimal total = BigDecimal.ZERO;
        boolean selected = false;
        LocalDate day = opened;
        int meetings = 1 + random.nextInt(5);
        for (int m = 1; m <= meetings; m++) {
            day = day.plusDays(1 + random.nextInt(20));
            BigDecimal hours = BigDecimal.valueOf(2 + random.nextInt(14), 2).multiply(BigDecimal.valueOf(25))
                    .setScale(2);
            total = total.add(hours);
            Object meeting = new GuidanceMeetingRecorded(caseId, house, cvr, "m-" + m, "adviser-" + house.ordinal(),
                    MeetingForm.DIGITAL, hours, List.of(theme), day);
            if (!selected && total.compareTo(BigDecimal.valueOf(3)) > 0) {
                selected = true;
                commits.add(stream.commit(day, meeting,
                        new CaseSelectedForUserEvaluation(caseId, house, cvr, total, day)));
            } else {
                commits.add(stream.commit(day, meeting));
            }
        }
        boolean referred = random.nextInt(100) < 45;
        if (referred) {
            ReferralPartner partner = PARTNERS[random.nextInt(PARTNERS.length)];
            String name = partner == ReferralPartner.PRIVATE_ADVISER || partner == ReferralPartner.BANK_OR_BUSINESS_ANGEL
                    ? "Rådgiver " + number : null;
            commits.add(stream.commit(day, new CompanyReferred(caseId, house, cvr, "r-1", partner,
                    partner.defaultCategory(), name, day)));
        }
        LocalDate closed = day.plusDays(7 + random.nextInt(30));
        commits.add(stream.commit(closed, new GuidanceCaseClosed(caseId, house, cvr, closed)));
        if (random.nextInt(100) < 60) {
            int draw = random.nextInt(100);
            int score = draw < 80 ? 9 + random.nextInt(2) : draw < 92 ? 7 + random.nextInt(2) : random.nextInt(7);
            LocalDate received = closed.plusDays(14 + random.nextInt(30));
            commits.add(stream.commit(received, new UserEvaluationReceived(caseId, house, cvr, "e-1", score,
                    referred ? random.nextInt(100) < 60 : null, null, received)));
        }
        return commits;
    }

    /** One case's stream: sequence numbers and recording times follow its business dates. */
    private final class Stream {
        private final String caseId;
        private final MetaData metaData;
        private long sequence;

        Stream(String caseId, House house) {
            this.caseId = caseId;
            this.metaData = MetaData.with(AuditMetadata.USER_ID, "adviser-" + house.ordinal())
                    .and(AuditMetadata.ROLE, "ADVISER").and(AuditMetadata.USER_HOUSE, house.name());
        }

        List<EventMessage<?>> commit(LocalDate day, Object... payloads) {
            Instant recorded = day.atTime(9 + random.nextInt(7), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            MetaData correlated = metaData.and(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString());
            List<EventMessage<?>> commit = new ArrayList<>(payloads.length);
            for (Object payload : payloads) {
                commit.add(new GenericDomainEventMessage<>("GuidanceCase", caseId, sequence++, payload, correlated,
                        UUID.randomUUID().toString(), recorded));
                events++;
            }
            return commit;
        }
    }

    /** A CVR number passing the modulus-11 check, distinct for each case number. */
    static String validCvr(int number) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        for (int candidate = 10_000_000 + number * 11 % 89_000_000; ; candidate++) {
            String digits = Integer.toString(candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == 0) {
                return digits;
            }
        }
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int[] weights() {
        House[] houses = House.values();
        int[] weights = new int[houses.length];
        for (int i = 0; i < houses.length; i++) {
            weights[i] = houses[i].entrepreneurTarget2024();
        }
        return weights;
    }
}
