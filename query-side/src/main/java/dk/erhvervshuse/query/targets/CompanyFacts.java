package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the target definitions may look at about one company (by CVR): its guidance cases at every
 * house, as currently registered, and every delivery of its accounts. The input of every company-based
 * definition, so that a definition is a pure function of the company's facts.
 */
public record CompanyFacts(String cvr, List<CaseFacts> cases, List<AccountsFacts> accounts) {

    public CompanyFacts {
        cases = cases == null ? List.of() : List.copyOf(cases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The cases the house holds now (a registration correction may have moved a case to another house). */
    public List<CaseFacts> casesAt(House house) {
        return cases.stream().filter(guidanceCase -> guidanceCase.house() == house).toList();
    }

    public Set<House> houses() {
        Set<House> houses = new LinkedHashSet<>();
        cases.forEach(guidanceCase -> {
            if (guidanceCase.house() != null) {
                houses.add(guidanceCase.house());
            }
        });
        return houses;
    }

    /** The accounts for the year as last delivered (the highest revision), if any were. */
    public Optional<AccountsFacts> accountsFor(int year) {
        return Delivered.latest(accounts.stream().filter(delivery -> delivery.year() == year).toList());
    }
}
