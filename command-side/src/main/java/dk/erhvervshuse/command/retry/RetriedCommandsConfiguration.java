package dk.erhvervshuse.command.retry;

import dk.erhvervshuse.events.common.AppliedCommands;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link RetriedCommands} in front of every command handler, where the application's log can say which
 * commands it holds (an {@link AppliedCommands} bean: the event log's storage engine).
 */
@Configuration(proxyBeanMethods = false)
class RetriedCommandsConfiguration {

    @Autowired
    void answerRetriesFromTheLog(ObjectProvider<CommandBus> commandBus, ObjectProvider<AppliedCommands> log) {
        AppliedCommands appliedCommands = log.getIfUnique();
        CommandBus bus = commandBus.getIfUnique();
        if (appliedCommands != null && bus != null) {
            bus.registerHandlerInterceptor(new RetriedCommands(appliedCommands));
        }
    }
}
