package dk.erhvervshuse.command.guidance;

import org.junit.jupiter.api.Test;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationSelectionPolicyTest {

    @Test
    void doesNotSelectACaseGuidedForExactlyThreeHours() {
        assertThat(EvaluationSelectionPolicy.mustSelect(hours("3.00"), false)).isFalse();
    }

    @Test
    void selectsACaseGuidedForMoreThanThreeHours() {
        assertThat(EvaluationSelectionPolicy.mustSelect(hours("3.01"), false)).isTrue();
    }

    @Test
    void neverSelectsACaseTwice() {
        assertThat(EvaluationSelectionPolicy.mustSelect(hours("12.00"), true)).isFalse();
    }

    @Test
    void comparesHoursByValueNotByScale() {
        assertThat(EvaluationSelectionPolicy.mustSelect(hours("3"), false)).isFalse();
        assertThat(EvaluationSelectionPolicy.mustSelect(hours("3.0000001"), false)).isTrue();
    }
}
