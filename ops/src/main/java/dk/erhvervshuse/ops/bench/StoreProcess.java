package dk.erhvervshuse.ops.bench;

import dk.erhvervshuse.ops.store.StandaloneStore;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded store ({@link StandaloneStore}) in a JVM of its own, as MongoDB is a process of its own in
 * production: what a benchmark then reads off its own heap is the application's, not the database's page cache.
 * Its output goes to this process's standard error, line by line, prefixed {@code [store]}.
 */
final class StoreProcess implements AutoCloseable {

    private final Process process;
    private final String connectionString;

    private StoreProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    /**
     * Starts the store on data in {@code directory}, with its heap and page cache as given, and waits for it. The
     * system property {@code bench.store.jvm} adds options to its JVM (a flight recording, say), split at spaces.
     */
    static StoreProcess start(Path directory, String maxHeap, int cacheMegabytes) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        String options = System.getProperty("bench.store.jvm", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath(), StandaloneStore.class.getName(), directory.toString(), "0",
                String.valueOf(cacheMegabytes)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            System.err.println("[store] " + line);
            if (line.startsWith(StandaloneStore.READY)) {
                String connectionString = line.substring(StandaloneStore.READY.length()).trim();
                Thread drain = new Thread(() -> drain(output), "store-output");
                drain.setDaemon(true);
                drain.start();
                return new StoreProcess(process, connectionString);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the store process ended before it was ready (exit "
                + process.exitValue() + ")");
    }

    String connectionString() {
        return connectionString;
    }

    /** Asks the store to stop (it writes its data to disk first) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void drain(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                System.err.println("[store] " + line);
            }
        } catch (IOException ended) {
            // the store has stopped
        }
    }

    /**
     * The classpath this class was loaded from: the class loader's own URLs where it has them (a benchmark started
     * by the build tool runs in a class loader of the project's classpath), else the JVM's.
     */
    private static String classpath() {
        if (StoreProcess.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new UncheckedIOException(new IOException("not a file on the classpath: " + url, e));
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
