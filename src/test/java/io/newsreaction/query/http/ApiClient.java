package io.newsreaction.query.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Minimal client for tests: raw paths, optional bearer token, string bodies. */
final class ApiClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Duration timeout;

    ApiClient(int port) {
        this(port, Duration.ofSeconds(10));
    }

    ApiClient(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    HttpResponse<String> get(String rawPathAndQuery) {
        return send("GET", rawPathAndQuery, null);
    }

    HttpResponse<String> get(String rawPathAndQuery, String authorization) {
        return send("GET", rawPathAndQuery, authorization);
    }

    HttpResponse<String> send(String method, String rawPathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPathAndQuery))
                .timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
