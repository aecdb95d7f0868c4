package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.command.guidance.EvaluationSelectionPolicy;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a generated script holds, counted from its commands alone: commands by type, companies and cases per
 * year and house, entrepreneurs (goal 1, told here as under 3 years old at the case's first meeting), cases
 * over 3 hours, management decisions and the Net Promoter Score of the evaluations (goal 3). Feed it the script
 * as a {@link Consumer}; it keeps a little state per case, not the commands.
 */
public final class HistorySummary implements Consumer<ScriptedCommand> {

    private final Map<String, Long> commandsByType = new TreeMap<>();
    private final Map<Integer, Set<String>> companiesByYear = new TreeMap<>();
    private final Map<Integer, Map<House, Integer>> casesByYear = new TreeMap<>();
    private final Map<Integer, Map<House, Set<String>>> entrepreneursByYear = new TreeMap<>();
    private final Map<String, CaseState> cases = new HashMap<>();
    private final Map<Segment, int[]> answers = new EnumMap<>(Segment.class);
    private long decisionsToContinue;
    private long decisionsToStop;
    private long commands;

    private static final class CaseState {
        final House house;
        final String cvr;
        final LocalDate foundedOn;
        Segment segment;
        final Map<String, BigDecimal> hours = new LinkedHashMap<>();
        boolean hadMeeting;
        boolean passedThreeHours;

        CaseState(House house, String cvr, LocalDate foundedOn, Segment segment) {
            this.house = house;
            this.cvr = cvr;
            this.foundedOn = foundedOn;
            this.segment = segment;
        }
    }

    public static HistorySummary of(Iterable<ScriptedCommand> script) {
        HistorySummary summary = new HistorySummary();
        script.forEach(summary);
        return summary;
    }

    @Override
    public void accept(ScriptedCommand scripted) {
        commands++;
        Object command = scripted.command();
        commandsByType.merge(command.getClass().getSimpleName(), 1L, Long::sum);
        if (command instanceof OpenGuidanceCase opening) {
            int year = opening.openedOn().getYear();
            companiesByYear.computeIfAbsent(year, y -> new HashSet<>()).add(opening.cvr());
            casesByYear.computeIfAbsent(year, y -> new EnumMap<>(House.class)).merge(opening.house(), 1, Integer::sum);
            cases.put(opening.caseId(), new CaseState(opening.house(), opening.cvr(), opening.foundedOn(),
                    opening.segment()));
        } else if (command instanceof RecordGuidanceMeeting meeting) {
            CaseState state = cases.get(meeting.caseId());
            if (!state.hadMeeting) {
                state.hadMeeting = true;
                if (state.foundedOn.plusYears(3).isAfter(meeting.heldOn())) {
                    entrepreneursByYear.computeIfAbsent(meeting.heldOn().getYear(), y -> new EnumMap<>(House.class))
                            .computeIfAbsent(state.house, h -> new HashSet<>()).add(state.cvr);
                }
            }
            hours(state, meeting.meetingId(), meeting.hours());
        } else if (command instanceof CorrectGuidanceMeeting correction) {
            hours(cases.get(correction.caseId()), correction.meetingId(), correction.hours());
        } else if (command instanceof WithdrawGuidanceMeeting withdrawal) {
            cases.get(withdrawal.caseId()).hours.remove(withdrawal.meetingId());
        } else if (command instanceof CorrectCaseRegistration correction && correction.segment() != null) {
            cases.get(correction.caseId()).segment = correction.segment();
        } else if (command instanceof RecordUserEvaluation evaluation) {
            int score = evaluation.recommendScore();
            int[] counts = answers.computeIfAbsent(cases.get(evaluation.caseId()).segment, s -> new int[3]);
            counts[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
        } else if (command instanceof RecordManagementDecision decision) {
            if (decision.continueGuidance()) {
                decisionsToContinue++;
            } else {
                decisionsToStop++;
            }
        }
    }

    private static void hours(CaseState state, String meetingId, BigDecimal hours) {
        state.hours.put(meetingId, hours);
        BigDecimal total = state.hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        state.passedThreeHours |= EvaluationSelectionPolicy.mustSelect(total, state.passedThreeHours);
    }

    public long commands() {
        return commands;
    }

    public Map<String, Long> commandsByType() {
        return Map.copyOf(commandsByType);
    }

    public long count(Class<?> commandType) {
        return commandsByType.getOrDefault(commandType.getSimpleName(), 0L);
    }

    /** Distinct companies with a case opened in the year. */
    public Map<Integer, Integer> companiesByYear() {
        Map<Integer, Integer> counts = new TreeMap<>();
        companiesByYear.forEach((year, companies) -> counts.put(year, companies.size()));
        return counts;
    }

    /** Cases opened in the year, by house. */
    public Map<House, Integer> casesByHouse(int year) {
        return Map.copyOf(casesByYear.getOrDefault(year, Map.of()));
    }

    /** Distinct companies under 3 years old at their case's first meeting, by the house and year of that meeting. */
    public Map<House, Integer> entrepreneursByHouse(int year) {
        Map<House, Integer> counts = new EnumMap<>(House.class);
        entrepreneursByYear.getOrDefault(year, Map.of()).forEach((house, companies) -> counts.put(house, companies.size()));
        return counts;
    }

    public int entrepreneurs(int year) {
        return entrepreneursByHouse(year).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Cases whose counting hours passed 3 at some point: those the command side selects for evaluation (§9). */
    public long casesOverThreeHours() {
        return cases.values().stream().filter(state -> state.passedThreeHours).count();
    }

    public double shareOfCasesOverThreeHours() {
        return cases.isEmpty() ? 0 : (double) casesOverThreeHours() / cases.size();
    }

    public long decisionsToContinue() {
        return decisionsToContinue;
    }

    public long decisionsToStop() {
        return decisionsToStop;
    }

    /** % promoters (9–10) − % detractors (0–6) over every evaluation. */
    public double netPromoterScore() {
        int[] total = new int[3];
        answers.values().forEach(counts -> {
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        return nps(total);
    }

    public double netPromoterScore(Segment segment) {
        return nps(answers.getOrDefault(segment, new int[3]));
    }

    private static double nps(int[] counts) {
        int answered = counts[0] + counts[1] + counts[2];
        return answered == 0 ? Double.NaN : 100.0 * (counts[0] - counts[2]) / answered;
    }

    /** A readable account of the counts, for logs and benchmark reports. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append("commands: ").append(commands).append('\n');
        commandsByType.forEach((type, count) -> text.append("  ").append(type).append(": ").append(count).append('\n'));
        companiesByYear().forEach((year, companies) -> {
            text.append(year).append(": ").append(companies).append(" companies, cases by house ")
                    .append(casesByHouse(year)).append('\n');
            text.append("  entrepreneurs ").append(entrepreneurs(year)).append(' ')
                    .append(entrepreneursByHouse(year)).append('\n');
        });
        text.append(String.format("cases over 3 hours: %.1f %%%n", 100 * shareOfCasesOverThreeHours()));
        text.append("management decisions: ").append(decisionsToContinue).append(" continue, ")
                .append(decisionsToStop).append(" stop\n");
        text.append(String.format("NPS: %.1f (drift %.1f, vækst %.1f)%n", netPromoterScore(),
                netPromoterScore(Segment.OPERATIONS), netPromoterScore(Segment.GROWTH)));
        return text.toString();
    }
}
