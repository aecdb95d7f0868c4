package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Goal 5, drift segment, productivity as gross profit per full-time employee (bruttofortjeneste pr. årsværk),
 * version 2: a proxy closer to the value added than version 1's revenue per full-time employee, against the
 * control group's growth of the same. See {@link DefinitionChoices#GOAL5_OPERATIONS_PRODUCTIVITY_V2}.
 */
public class GrossProfitPerEmployeeGrowth extends GrowthOverControlGroup {

    public GrossProfitPerEmployeeGrowth() {
        super(NationalGoal.EFFECT_OPERATIONS_PRODUCTIVITY, "v2", DefinitionChoices.GOAL5_OPERATIONS_PRODUCTIVITY_V2);
    }

    @Override
    protected String indicatorName() {
        return "gross profit per full-time employee";
    }

    @Override
    protected BigDecimal indicator(AccountsFacts accounts) {
        BigDecimal employees = accounts.fullTimeEmployees();
        if (accounts.grossProfit() == null || employees == null || employees.signum() == 0) {
            return null;
        }
        return accounts.grossProfit().divide(employees, MathContext.DECIMAL128);
    }

    @Override
    protected BigDecimal controlGroupGrowth(ControlGroupDelivery controlGroup) {
        return controlGroup.grossProfitPerEmployeeGrowthPercent();
    }
}
