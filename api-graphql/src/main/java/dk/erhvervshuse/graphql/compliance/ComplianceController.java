package dk.erhvervshuse.graphql.compliance;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.AdviserCorrections;
import dk.erhvervshuse.query.api.CaseOverThreeHoursNotSelected;
import dk.erhvervshuse.query.api.ComplianceQueries;
import dk.erhvervshuse.query.api.EvaluationOfUnselectedCase;
import dk.erhvervshuse.query.api.IncompleteRegistration;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.api.TwentyHoursWithoutDecision;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/**
 * The Compliance type (overholdelse, §10.2): one house's compliance with the agreement's rules in one year. The
 * reader is checked once, at the query; each list is then read from its own view only when asked for.
 */
@Controller
class ComplianceController {

    private final ComplianceQueries compliance;
    private final ComplianceReaders readers;
    private final CurrentActor currentActor;

    ComplianceController(ComplianceQueries compliance, ComplianceReaders readers, CurrentActor currentActor) {
        this.compliance = compliance;
        this.readers = readers;
        this.currentActor = currentActor;
    }

    /** The house and year asked about; what the Compliance type's fields are read for. */
    record HouseYear(House house, int year) {
    }

    @QueryMapping
    HouseYear compliance(@Argument House house, @Argument int year) {
        readers.requireMayRead(currentActor.get(), house);
        if (year < ComplianceQueries.MIN_YEAR || year > ComplianceQueries.MAX_YEAR) {
            throw new InvalidQuery("year", "year.range", "year must be between " + ComplianceQueries.MIN_YEAR
                    + " and " + ComplianceQueries.MAX_YEAR + ", not " + year);
        }
        return new HouseYear(house, year);
    }

    @SchemaMapping(typeName = "Compliance")
    List<TwentyHoursWithoutDecision> twentyHoursWithoutDecision(HouseYear asked) {
        return compliance.twentyHoursWithoutDecision(asked.house(), asked.year());
    }

    @SchemaMapping(typeName = "Compliance")
    List<CaseOverThreeHoursNotSelected> casesOverThreeHoursNotSelected(HouseYear asked) {
        return compliance.casesOverThreeHoursNotSelected(asked.house(), asked.year());
    }

    @SchemaMapping(typeName = "Compliance")
    List<IncompleteRegistration> incompleteRegistrations(HouseYear asked) {
        return compliance.incompleteRegistrations(asked.house(), asked.year());
    }

    @SchemaMapping(typeName = "Compliance")
    List<EvaluationOfUnselectedCase> evaluationsOfUnselectedCases(HouseYear asked) {
        return compliance.evaluationsOfUnselectedCases(asked.house(), asked.year());
    }

    @SchemaMapping(typeName = "Compliance")
    List<AdviserCorrections> correctionsByAdviser(HouseYear asked) {
        return compliance.correctionsByAdviser(asked.house(), asked.year());
    }
}
