package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.StateConflict;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused command is one a rule refused; a conflict is one that met another writer's change of the same case at
 * the same moment (the only outcome a plain retry may cure); anything else failed.
 */
class CommandOutcomeTest {

    @Test
    void aRuleOfTheInputOrOfTheStateRefusesACommand() {
        assertThat(CommandOutcome.of(new InvalidInput("cvr", "cvr.modulus11", "fails the check")))
                .isEqualTo(CommandOutcome.REFUSED);
        assertThat(CommandOutcome.of(new StateConflict("meetingId", "meetingId.duplicate", "already recorded")))
                .isEqualTo(CommandOutcome.REFUSED);
        assertThat(CommandOutcome.of(new NotFound("caseId", "caseId.notFound", "never opened")))
                .isEqualTo(CommandOutcome.REFUSED);
    }

    @Test
    void aConcurrentChangeIsAConflictAlsoBeneathItsWrappers() {
        assertThat(CommandOutcome.of(new StateConflict(null, CommandOutcome.CONCURRENT_CHANGE_RULE, "changed")))
                .isEqualTo(CommandOutcome.CONFLICT);
        assertThat(CommandOutcome.of(new CompletionException(new ConcurrencyException("sequence taken"))))
                .isEqualTo(CommandOutcome.CONFLICT);
    }

    @Test
    void anythingElseFailed() {
        assertThat(CommandOutcome.of(new CommandExecutionException("the log is unreachable", null)))
                .isEqualTo(CommandOutcome.FAILED);
        assertThat(CommandOutcome.of(new IllegalStateException("a fault"))).isEqualTo(CommandOutcome.FAILED);
    }

    @Test
    void outcomesAreTaggedInLowerCase() {
        assertThat(CommandOutcome.ALREADY_APPLIED.tag()).isEqualTo("already_applied");
    }
}
