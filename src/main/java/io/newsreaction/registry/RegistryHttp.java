package io.newsreaction.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP transport to a list of registry URLs: fail-over on connection errors and 5xx, bounded
 * retries with exponential backoff, basic auth and TLS trust. Answers 2xx and 4xx to the caller.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE
            + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger log = LoggerFactory.getLogger(RegistryHttp.class);

    /** Waits between retry rounds; replaced in tests so they never sleep. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** A registry answer below 500, with its body parsed as JSON (null when empty or not JSON). */
    record Response(int status, JsonNode body, String text, URI url) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        int errorCode() {
            return body != null && body.hasNonNull("error_code")
                    ? body.get("error_code").asInt() : SchemaRegistryException.NO_ERROR_CODE;
        }

        String message() {
            if (body != null && body.hasNonNull("message")) {
                return body.get("message").asText();
            }
            if (text == null || text.isBlank()) {
                return "no message";
            }
            String oneLine = text.strip().replaceAll("\\s+", " ");
            return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
        }
    }

    private final RegistryClientConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final String authorization;
    private final Sleeper sleeper;
    private final AtomicInteger preferredUrl = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    RegistryHttp(RegistryClientConfig config, ObjectMapper mapper, Sleeper sleeper) {
        if (config.urls().isEmpty()) {
            throw new ConfigException(RegistryClientConfig.SCHEMA_REGISTRY_URL + " is required");
        }
        this.config = config;
        this.mapper = mapper;
        this.sleeper = sleeper;
        this.authorization = config.userInfo() == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout());
        if (config.truststoreLocation() != null) {
            builder.sslContext(sslContext(config));
        }
        this.client = builder.build();
    }

    long requestCount() {
        return requests.get();
    }

    long errorCount() {
        return errors.get();
    }

    /** Sends {@code method path} with an optional JSON body to each URL in turn until one answers below 500. */
    Response send(String method, String path, JsonNode body) {
        List<URI> urls = config.urls();
        int attempts = 0;
        SchemaRegistryException last = null;
        for (int round = 0; round <= config.maxRetries(); round++) {
            if (round > 0) {
                backoff(round, last);
            }
            int start = preferredUrl.get();
            for (int i = 0; i < urls.size(); i++) {
                int index = (start + i) % urls.size();
                URI url = URI.create(urls.get(index) + path);
                attempts++;
                requests.incrementAndGet();
                try {
                    Response response = exchange(method, url, body);
                    if (response.status() < 500) {
                        preferredUrl.set(index);
                        if (!response.ok()) {
                            errors.incrementAndGet();
                        }
                        return response;
                    }
                    errors.incrementAndGet();
                    last = serverError(response);
                } catch (IOException e) {
                    errors.incrementAndGet();
                    last = unreachable(url, e);
                }
                log.debug("Schema registry request {} {} failed (attempt {})", method, url, attempts);
            }
        }
        throw exhausted(last, urls, attempts);
    }

    private Response exchange(String method, URI url, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.readTimeout())
                .header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), parse(response.body()), response.body(), url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while calling schema registry at " + url,
                    SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE, e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private void backoff(int round, SchemaRegistryException last) {
        long max = config.retryBackoffMax().toMillis();
        long delay = Math.min(max, config.retryBackoff().toMillis() << Math.min(round - 1, 30));
        log.warn("Schema registry unavailable ({}); retry {} of {} in {} ms",
                last.getMessage(), round, config.maxRetries(), delay);
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while waiting to retry the schema registry",
                    SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_ERROR_CODE, e);
        }
    }

    private static SchemaRegistryException serverError(Response response) {
        return new SchemaRegistryException("schema registry at " + response.url() + " returned HTTP "
                + response.status() + ": " + response.message(), response.status(), response.errorCode());
    }

    private static SchemaRegistryException unreachable(URI url, IOException cause) {
        return new SchemaRegistryException("cannot reach schema registry at " + url + causeText(cause),
                SchemaRegistryException.NO_STATUS,
                SchemaRegistryException.NO_ERROR_CODE, cause);
    }

    private static SchemaRegistryException exhausted(SchemaRegistryException last, List<URI> urls, int attempts) {
        String where = urls.stream().map(URI::toString).collect(Collectors.joining(", "));
        String message = last.status() == SchemaRegistryException.NO_STATUS
                ? "cannot reach schema registry at " + where + " after " + attempts + " attempts"
                        + causeText(last.getCause())
                : last.getMessage() + " (after " + attempts + " attempts)";
        return new SchemaRegistryException(message, last.status(), last.errorCode(), last.getCause());
    }

    private static String causeText(Throwable cause) {
        if (cause == null) {
            return "";
        }
        String text = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return " (" + cause.getClass().getSimpleName() + text + ")";
    }

    private static SSLContext sslContext(RegistryClientConfig config) {
        String key = RegistryClientConfig.TRUSTSTORE_LOCATION;
        try (InputStream in = Files.newInputStream(config.truststoreLocation())) {
            KeyStore store = KeyStore.getInstance(config.truststoreType());
            String password = config.truststorePassword();
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("cannot load trust store " + key + "=" + config.truststoreLocation()
                    + " (type " + config.truststoreType() + "): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
