package dk.erhvervshuse.ops.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ops/compose.yaml holds together, as far as can be told without a Docker host: three MongoDB members of one
 * replica set, each checked for health; a one-shot init that names exactly those three members and waits for them;
 * the registry, which waits for the init, reaches the same three members in its MONGODB_URI with the same replica
 * set, runs the jar the build makes, and publishes its port and its management port (the latter on loopback only,
 * where the health check asks the readiness probe).
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("compose.yaml");
    private static final Pattern INITIATED_MEMBER = Pattern.compile("host:\\s*\"([^\"]+)\"");
    private static final Pattern INITIATED_SET = Pattern.compile("rs\\.initiate\\(\\{\\s*_id:\\s*\"([^\"]+)\"");

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).as("services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    /** The members: services running mongod with a replica set, by name, with their --replSet and --port. */
    private static Map<String, List<String>> members() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        services.forEach((name, definition) -> {
            List<String> command = commandOf(name);
            if (!command.isEmpty() && command.get(0).equals("mongod")) {
                members.put(name, command);
            }
        });
        return members;
    }

    @SuppressWarnings("unchecked")
    private static List<String> commandOf(String name) {
        Object command = service(name).get("command");
        if (command == null) {
            return List.of();
        }
        return command instanceof List<?> list ? (List<String>) list : Arrays.asList(command.toString().split("\\s+"));
    }

    private static String option(List<String> command, String option) {
        int at = command.indexOf(option);
        assertThat(at).as("%s in %s", option, command).isNotNegative();
        return command.get(at + 1);
    }

    private static List<String> memberHosts() {
        return members().entrySet().stream()
                .map(member -> member.getKey() + ":" + option(member.getValue(), "--port")).toList();
    }

    private static String replicaSet() {
        List<String> sets = members().values().stream().map(command -> option(command, "--replSet")).distinct().toList();
        assertThat(sets).as("one replica set for all members").hasSize(1);
        return sets.get(0);
    }

    private static String initScript() {
        return String.join("\n", commandOf("mongo-init"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> dependsOn(String name) {
        return (Map<String, Map<String, Object>>) service(name).get("depends_on");
    }

    @Test
    void threeMembersOfTheOfficialMongoImageRunOneReplicaSetEachWithAHealthCheck() {
        assertThat(members()).hasSize(3);
        assertThat(replicaSet()).isEqualTo("rs0");
        for (String member : members().keySet()) {
            assertThat((String) service(member).get("image")).startsWith("mongo:");
            assertThat(service(member)).containsKey("healthcheck");
            assertThat(service(member).get("hostname")).isEqualTo(member);
            assertThat(members().get(member)).contains("--bind_ip_all");
        }
    }

    @Test
    void theInitInitiatesTheReplicaSetWithExactlyTheThreeMembersOnceTheyAreHealthy() {
        String script = initScript();
        Matcher set = INITIATED_SET.matcher(script);
        assertThat(set.find()).as("rs.initiate with the set's _id").isTrue();
        assertThat(set.group(1)).isEqualTo(replicaSet());
        List<String> initiated = new ArrayList<>();
        Matcher member = INITIATED_MEMBER.matcher(script);
        while (member.find()) {
            initiated.add(member.group(1));
        }
        assertThat(initiated).containsExactlyInAnyOrderElementsOf(memberHosts());
        assertThat(commandOf("mongo-init").get(0)).isEqualTo("mongosh");
        assertThat(option(commandOf("mongo-init"), "--host")).isIn(memberHosts());
        assertThat(service("mongo-init").get("restart")).isEqualTo("no");

        assertThat(dependsOn("mongo-init")).containsOnlyKeys(members().keySet());
        dependsOn("mongo-init").values().forEach(condition ->
                assertThat(condition).containsEntry("condition", "service_healthy"));
    }

    @Test
    void theRegistryReachesTheSameThreeMembersOfTheSameReplicaSetAndStartsAfterTheInit() {
        URI uri = URI.create(environment("registry").get("MONGODB_URI").toString());
        assertThat(uri.getScheme()).isEqualTo("mongodb");
        List<String> hosts = Arrays.asList(uri.getRawAuthority().split(","));
        assertThat(hosts).containsExactlyInAnyOrderElementsOf(memberHosts());
        Map<String, String> options = Arrays.stream(uri.getRawQuery().split("&"))
                .map(option -> option.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        assertThat(options).containsEntry("replicaSet", replicaSet()).containsEntry("w", "majority");

        assertThat(dependsOn("registry")).containsOnlyKeys("mongo-init");
        assertThat(dependsOn("registry").get("mongo-init")).containsEntry("condition", "service_completed_successfully");
    }

    @Test
    void theRegistryRunsTheJarTheBuildMakesOnJava17() throws IOException {
        assertThat(service("registry").get("image")).isEqualTo("eclipse-temurin:17-jre");
        assertThat(commandOf("registry")).containsSequence("-jar", "/app/registry.jar");
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service("registry").get("volumes");
        String version = projectVersion();
        assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                .contains("../api-graphql/target/api-graphql-" + version + "-exec.jar")
                .endsWith(":/app/registry.jar:ro"));
    }

    @Test
    void theRegistryPublishesItsPortAndItsManagementPortOnLoopbackWhereItsHealthCheckAsksForReadiness() {
        Map<String, Object> environment = environment("registry");
        String serverPort = environment.get("SERVER_PORT").toString();
        String managementPort = environment.get("MANAGEMENT_SERVER_PORT").toString();
        assertThat(managementPort).isNotEqualTo(serverPort);
        @SuppressWarnings("unchecked")
        List<String> ports = (List<String>) service("registry").get("ports");
        assertThat(ports).contains(serverPort + ":" + serverPort, "127.0.0.1:" + managementPort + ":" + managementPort);
        @SuppressWarnings("unchecked")
        Map<String, Object> healthcheck = (Map<String, Object>) service("registry").get("healthcheck");
        assertThat(String.join(" ", (List<String>) healthcheck.get("test")))
                .contains("/dev/tcp/127.0.0.1/" + managementPort, "/actuator/health/readiness");
        for (String member : members().keySet()) {
            assertThat(service(member)).as("%s is reached inside the compose network only", member)
                    .doesNotContainKey("ports");
        }
    }

    /** The version the build gives the application's jar: the project's, as ops/pom.xml names its parent. */
    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
