package dk.erhvervshuse.ops.faults;

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
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store and the application as processes of their own, started from this JVM's classpath: the standalone
 * embedded MongoDB ({@link StandaloneStore}) and the registry application pointed at it with {@code MONGODB_URI}.
 * Talks GraphQL to the application over HTTP, on the loopback interface only.
 */
final class RegistryProcesses implements AutoCloseable {

    static final String APPLICATION = "dk.erhvervshuse.graphql.RegistryApplication";

    private final Path directory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process store;
    private Process application;
    private String storeUri;
    private int applicationPort;
    private int applicationStarts;

    RegistryProcesses(Path directory) {
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

    String startStore() {
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

    void startApplication() {
        if (applicationPort == 0) {
            applicationPort = freePort();
        }
        Path log = directory.resolve("application-" + (++applicationStarts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx1g", "-cp", classpath(), APPLICATION,
                "--server.port=" + applicationPort, "--axoniq.update-checker.disabled=true")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MONGODB_URI", storeUri);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.directory(directory.toFile());
        application = start(builder);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    assertAlive(application, log);
                    return graphQl("adviser.fyn", "{ __typename }").contains("Query");
                });
    }

    /** {@code kill -9}: the JVM gets no chance to flush, close or store anything. */
    void killApplication() throws InterruptedException {
        application.destroyForcibly();
        application.waitFor();
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

    /** Posts a GraphQL document as {@code user} and returns the response body; throws when no answer came. */
    String graphQl(String user, String body) throws IOException, InterruptedException {
        String json = body.startsWith("{\"") ? body : "{\"query\":" + quote(body) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + applicationPort + "/graphql"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String quote(String text) {
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

    @Override
    public void close() throws InterruptedException {
        List<Process> running = new ArrayList<>();
        if (application != null) {
            running.add(application);
        }
        if (store != null) {
            running.add(store);
        }
        for (Process process : running) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
