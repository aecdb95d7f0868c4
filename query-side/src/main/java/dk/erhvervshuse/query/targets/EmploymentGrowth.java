package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;

/**
 * Goal 5, vækst segment, employment (beskæftigelse) in full-time employees (årsværk), version 1. See
 * {@link DefinitionChoices#GOAL5_GROWTH_EMPLOYMENT_V1}.
 */
public class EmploymentGrowth extends GrowthOverControlGroup {

    public EmploymentGrowth() {
        super(NationalGoal.EFFECT_GROWTH_EMPLOYMENT, "v1", DefinitionChoices.GOAL5_GROWTH_EMPLOYMENT_V1);
    }

    @Override
    protected String indicatorName() {
        return "full-time employees";
    }

    @Override
    protected BigDecimal indicator(AccountsFacts accounts) {
        return accounts.fullTimeEmployees();
    }

    @Override
    protected BigDecimal controlGroupGrowth(ControlGroupDelivery controlGroup) {
        return controlGroup.employmentGrowthPercent();
    }
}
