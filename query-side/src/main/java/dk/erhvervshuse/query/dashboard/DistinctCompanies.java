package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.query.targets.Contribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's national contribution to a distinct-company goal (goal 1): its contributions at each house
 * merged by key, counted if any house counts it, so that a company guided by two houses counts once. The
 * reason gives each house's.
 */
final class DistinctCompanies {

    private DistinctCompanies() {
    }

    /** @param atHouses the company's contributions by house name, in a fixed order of the houses */
    static List<Contribution> merge(Map<String, List<Contribution>> atHouses) {
        Map<String, Map<String, Contribution>> byKey = new LinkedHashMap<>();
        atHouses.forEach((house, contributions) -> contributions.forEach(contribution ->
                byKey.computeIfAbsent(contribution.key(), k -> new LinkedHashMap<>()).put(house, contribution)));
        List<Contribution> merged = new ArrayList<>();
        byKey.forEach((key, byHouse) -> {
            Contribution first = byHouse.values().stream().filter(Contribution::counted).findFirst()
                    .orElse(byHouse.values().iterator().next());
            List<String> reasons = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            byHouse.forEach((house, contribution) -> {
                reasons.add(house + ": " + contribution.reason());
                contribution.positions().stream().filter(p -> !positions.contains(p)).forEach(positions::add);
            });
            String reason = (first.counted() ? "counted once nationally; " : "") + String.join("; ", reasons);
            merged.add(new Contribution(key, first.cvr(), first.caseId(), first.counted(), reason, first.category(),
                    first.hit(), first.value(), first.weight(), first.preliminary(), first.restated(), positions));
        });
        return merged;
    }
}
