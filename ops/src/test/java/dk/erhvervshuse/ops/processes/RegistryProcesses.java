package dk.erhvervshuse.ops.processes;

import dk.erhvervshuse.ops.store.StandaloneStore;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store and the application as processes of their own, started from this JVM's classpath: the standalone
 * embedded MongoDB ({@link StandaloneStore}) and one or more instances of the registry application pointed at it
 * with {@code MONGODB_URI}. Talks GraphQL (and the operators' endpoints) to each instance over HTTP, on the loopback
 * interface only.
 */
public final class RegistryProcesses implements AutoCloseable {

    public static final String APPLICATION = "dk.erhvervshuse.graphql.RegistryApplication";
    private static final String DEFAULT = "application";

    private final Path directory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Application> applications = new LinkedHashMap<>();
    private Process store;
    private String storeUri;

    public RegistryProcesses(Path directory) {
        this.directory = directory;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's own classpath: the application's classes and all it needs are on it. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    public String startStore() {
        Path log = directory.resolve("store.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx768m", "-cp", classpath(),
                StandaloneStore.class.getName(), directory.resolve("store-data").toString(), "0")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        store = start(builder);
        AtomicReference<String> uri = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertAlive(store, log);
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(StandaloneStore.READY)) {
                    uri.set(line.substring(StandaloneStore.READY.length()).trim());
                    return true;
                }
            }
            return false;
        });
        storeUri = uri.get();
        return storeUri;
    }

    /**
     * An instance of the application named {@code name}, started with these extra command-line arguments
     * ({@code --registry.processing.instance-id=a}, say) each time it is started; not started yet.
     */
    public Application application(String name, String... arguments) {
        return application(name, List.of(), arguments);
    }

    /** As {@link #application(String, String...)}, with these options for its JVM too. */
    public Application application(String name, List<String> jvmOptions, String... arguments) {
        if (applications.containsKey(name)) {
            throw new IllegalArgumentException("there is an application " + name + " already");
        }
        Application application = new Application(name, jvmOptions, List.of(arguments));
        applications.put(name, application);
        return application;
    }

    private Application single() {
        return applications.containsKey(DEFAULT) ? applications.get(DEFAULT) : application(DEFAULT);
    }

    /** Starts (or starts again, on the same port) the one application of a test that runs one. */
    public void startApplication() {
        single().start();
    }

    /** {@code kill -9} of the one application. */
    public void killApplication() throws InterruptedException {
        single().kill();
    }

    /** GraphQL to the one application. */
    public String graphQl(String user, String body) throws IOException, InterruptedException {
        return single().graphQl(user, body);
    }

    /** One instance of the registry application, as a process of its own, started and stopped by the test. */
    public final class Application {

        private final String name;
        private final List<String> jvmOptions;
        private final List<String> arguments;
        private final int port = freePort();
        private Process process;
        private Path log;
        private int starts;

        private Application(String name, List<String> jvmOptions, List<String> arguments) {
            this.name = name;
            this.jvmOptions = jvmOptions;
            this.arguments = arguments;
        }

        public String name() {
            return name;
        }

        /** Starts the process and returns without waiting for it to answer. */
        public Application launch() {
            if (storeUri == null) {
                throw new IllegalStateException("start the store first");
            }
            log = directory.resolve(name + "-" + (++starts) + ".log");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath(), APPLICATION, "--server.port=" + port,
                    "--axoniq.update-checker.disabled=true"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MONGODB_URI", storeUri);
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            builder.directory(directory.toFile());
            process = RegistryProcesses.start(builder);
            return this;
        }

        /** Waits until the application answers GraphQL. */
        public Application awaitReady() {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    return true;
                }
                try {
                    return graphQl("adviser.fyn", "{ __typename }").contains("Query");
                } catch (IOException notYet) {
                    return false;
                }
            });
            try {
                assertAlive(process, log);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return this;
        }

        /** Starts the process and waits until it answers. */
        public Application start() {
            return launch().awaitReady();
        }

        /** {@code kill -9}: the JVM gets no chance to flush, close, release or store anything. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        public boolean isAlive() {
            return process != null && process.isAlive();
        }

        /** The output of its latest start. */
        public Path log() {
            return log;
        }

        /** Posts a GraphQL document as {@code user} and returns the response body; throws when no answer came. */
        public String graphQl(String user, String body) throws IOException, InterruptedException {
            String json = body.startsWith("{\"") ? body : "{\"query\":" + quote(body) + "}";
            return send(user, HttpRequest.newBuilder(uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** GETs {@code path} as {@code user} and returns the body; throws unless the answer is 200. */
        public String get(String user, String path) throws IOException, InterruptedException {
            return send(user, HttpRequest.newBuilder(uri(path)).GET());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private String send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + name + ": " + response.body());
            }
            return response.body();
        }

        private void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAlive(Process process, Path log) throws IOException {
        if (!process.isAlive()) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException("the process ended: " + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Stops every application (a normal stop: they release their claims), then the store. */
    @Override
    public void close() throws InterruptedException {
        for (Application application : applications.values()) {
            application.stop();
        }
        if (store != null) {
            store.destroy();
            if (!store.waitFor(30, TimeUnit.SECONDS)) {
                store.destroyForcibly();
            }
        }
    }
}
