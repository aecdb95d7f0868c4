package dk.erhvervshuse.graphql.support;

import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.history.HistoryGenerator;
import dk.erhvervshuse.command.history.HistoryOptions;
import dk.erhvervshuse.command.history.ScriptedCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.List;

/**
 * Gives a running registry a small, realistic history of the six houses: the command side's seeded script
 * ({@link HistoryGenerator}) sent through the command gateway in order, each command with the audit metadata its
 * scripted user gives it, as the registry would have recorded it over the years. Guidance, referrals, evaluations,
 * corrections, closings, the result contracts, the awareness surveys and the effect data all go through the
 * command side's rules.
 */
public final class GeneratedHistory {

    private GeneratedHistory() {
    }

    /**
     * Guidance of {@code companiesPerYear} companies in {@code year}, with everything that follows from it up to the
     * middle of the next year (evaluations, closings, the final awareness survey).
     */
    public static HistoryOptions ofYear(int year, int companiesPerYear) {
        return new HistoryOptions(year, year, year, companiesPerYear, LocalDate.of(year + 1, 6, 30));
    }

    /** Sends the whole script and answers how many commands were accepted (every one of them, or this throws). */
    public static int send(CommandGateway commands, HistoryOptions options) {
        List<ScriptedCommand> script = HistoryGenerator.generate(options);
        for (ScriptedCommand scripted : script) {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(scripted.command())
                    .andMetaData(scripted.metaData());
            if (scripted.command() instanceof RecordManagementDecision) {
                // Management answers a requirement the company's hours ledger raises (§5.1); the 20-hour policy
                // counts the hours asynchronously, so the requirement may not be there yet.
                RegistryClient.eventually().untilAsserted(() -> commands.sendAndWait(command));
            } else {
                commands.sendAndWait(command);
            }
        }
        return script.size();
    }
}
