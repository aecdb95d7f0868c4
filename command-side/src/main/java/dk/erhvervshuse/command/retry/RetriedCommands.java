package dk.erhvervshuse.command.retry;

import dk.erhvervshuse.events.common.AppliedCommand;
import dk.erhvervshuse.events.common.AppliedCommands;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * A command the log already holds is answered with what the log holds, not handled again: a client that
 * lost the answer to a command and sends it again (the same command id) gets the first one's result, and no
 * second set of events.
 * <p>
 * Two checks, both key look-ups: before the handler runs, and again when the handler refused the command,
 * because a duplicate that raced its original may find the case already changed by it (a meeting "already
 * recorded") and should still hear "already applied". The guarantee itself is the log's: a duplicate that
 * passes both checks collides on the command id its original's commit holds and writes nothing (the caller
 * sees that refusal, and can ask {@link AppliedCommands} what the first wrote).
 * <p>
 * The command id names the command: a retry is the same command. A different command sent under an id
 * already used is answered as the first, which is why clients take a fresh id (a UUID) for each command.
 */
public class RetriedCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(RetriedCommands.class);

    private final AppliedCommands appliedCommands;

    public RetriedCommands(AppliedCommands appliedCommands) {
        this.appliedCommands = Objects.requireNonNull(appliedCommands, "appliedCommands");
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String commandId = unitOfWork.getMessage().getIdentifier();
        Optional<AppliedCommand> applied = appliedCommands.find(commandId);
        if (applied.isPresent()) {
            log.info("Command {} ({}) was already applied at log position {}; answered with that",
                    commandId, unitOfWork.getMessage().getCommandName(), applied.get().firstPosition());
            return applied.get();
        }
        try {
            return interceptorChain.proceed();
        } catch (Exception refused) {
            Optional<AppliedCommand> appliedMeanwhile = appliedCommands.find(commandId);
            if (appliedMeanwhile.isPresent()) {
                log.info("Command {} was refused ({}) because its own earlier attempt was applied meanwhile",
                        commandId, refused.getMessage());
                return appliedMeanwhile.get();
            }
            throw refused;
        }
    }
}
