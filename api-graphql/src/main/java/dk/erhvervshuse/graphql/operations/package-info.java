/**
 * Running the registry: its health (liveness, and readiness covering MongoDB and how far the read models are behind
 * the log) and its metrics (commands by type and outcome, read-model lag, dashboard builds, parked events), for
 * the operators who keep it up. The HTTP side of it is Spring Boot Actuator's; who may see what is decided in
 * {@code security.SecurityConfiguration}.
 */
package dk.erhvervshuse.graphql.operations;
