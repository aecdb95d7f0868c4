package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Goal 5, drift segment, productivity as revenue per full-time employee (omsætning pr. årsværk, the
 * agreement's proxy "until a better proxy is developed"), version 1. A better proxy (gross profit per
 * full-time employee, say) is another subclass of {@link GrowthOverControlGroup} with version 2. See
 * {@link DefinitionChoices#GOAL5_OPERATIONS_PRODUCTIVITY_V1}.
 */
public class RevenuePerEmployeeGrowth extends GrowthOverControlGroup {

    public RevenuePerEmployeeGrowth() {
        super(NationalGoal.EFFECT_OPERATIONS_PRODUCTIVITY, "v1", DefinitionChoices.GOAL5_OPERATIONS_PRODUCTIVITY_V1);
    }

    @Override
    protected String indicatorName() {
        return "revenue per full-time employee";
    }

    @Override
    protected BigDecimal indicator(AccountsFacts accounts) {
        BigDecimal employees = accounts.fullTimeEmployees();
        if (accounts.revenue() == null || employees == null || employees.signum() == 0) {
            return null;
        }
        return accounts.revenue().divide(employees, MathContext.DECIMAL128);
    }

    @Override
    protected BigDecimal controlGroupGrowth(ControlGroupDelivery controlGroup) {
        return controlGroup.revenuePerEmployeeGrowthPercent();
    }
}
