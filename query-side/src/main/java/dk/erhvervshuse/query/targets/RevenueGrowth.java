package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;

/** Goal 5, vækst segment, revenue (omsætning), version 1. See {@link DefinitionChoices#GOAL5_GROWTH_REVENUE_V1}. */
public class RevenueGrowth extends GrowthOverControlGroup {

    public RevenueGrowth() {
        super(NationalGoal.EFFECT_GROWTH_REVENUE, "v1", DefinitionChoices.GOAL5_GROWTH_REVENUE_V1);
    }

    @Override
    protected String indicatorName() {
        return "revenue";
    }

    @Override
    protected BigDecimal indicator(AccountsFacts accounts) {
        return accounts.revenue();
    }

    @Override
    protected BigDecimal controlGroupGrowth(ControlGroupDelivery controlGroup) {
        return controlGroup.revenueGrowthPercent();
    }
}
