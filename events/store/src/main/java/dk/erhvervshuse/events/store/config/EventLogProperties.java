package dk.erhvervshuse.events.store.config;

import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the log lives. With {@code uri} empty (the default, and when {@code MONGODB_URI} is unset) the
 * application starts the embedded server with its data under {@code dataDirectory}; with a URI it
 * uses that MongoDB (a replica set in production) and starts nothing.
 *
 * @param uri            MongoDB connection string; bound from {@code MONGODB_URI}
 * @param database       database holding the log, tokens and read models
 * @param dataDirectory  the embedded server's data directory
 * @param embeddedPort   the embedded server's loopback port; 0 picks a free one
 * @param embeddedCacheMegabytes the embedded server's page cache, in this JVM's heap; 16 unless set
 * @param readBatchSize  positions a tracking read asks for at once
 */
@ConfigurationProperties("registry.mongo")
public record EventLogProperties(String uri, String database, Path dataDirectory, Integer embeddedPort,
                                 Integer embeddedCacheMegabytes, Integer readBatchSize) {

    public EventLogProperties {
        uri = uri == null ? "" : uri.trim();
        database = database == null || database.isBlank() ? "erhvervshuse" : database;
        dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
        embeddedPort = embeddedPort == null ? 0 : embeddedPort;
        embeddedCacheMegabytes = embeddedCacheMegabytes == null
                ? EmbeddedMongoServer.DEFAULT_CACHE_MEGABYTES : embeddedCacheMegabytes;
        readBatchSize = readBatchSize == null ? 1000 : readBatchSize;
    }

    public boolean embedded() {
        return uri.isEmpty();
    }
}
