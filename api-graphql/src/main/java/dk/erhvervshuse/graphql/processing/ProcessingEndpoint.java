package dk.erhvervshuse.graphql.processing;

import dk.erhvervshuse.query.api.ProcessingStatus;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/processing}, for the registry's operators (role ADMINISTRATOR, see
 * {@code SecurityConfiguration}): which instances share the projection work on this database, which segments of
 * each processor this instance holds and at what log position, and how many events each projection applied here
 * since this instance started. Each instance answers for itself; ask each one.
 */
@Component
@Endpoint(id = "processing")
class ProcessingEndpoint {

    private final ProcessingStatus processing;

    ProcessingEndpoint(ProcessingStatus processing) {
        this.processing = processing;
    }

    @ReadOperation
    ProcessingStatus.InstanceProcessing processing() {
        return processing.status();
    }
}
