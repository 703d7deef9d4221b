package io.newsreaction.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** A scripted stand-in for a schema registry: answers queued replies in order and records every request. */
final class FakeRegistryServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String method, String path, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final String prefix;
    private final Deque<String[]> replies = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    private FakeRegistryServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeRegistryServer start() throws IOException {
        return start("", null);
    }

    /** Starts on a free 127.0.0.1 port, serving under {@code prefix}, over HTTPS when {@code tls} is set. */
    static FakeRegistryServer start(String prefix, SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            return new FakeRegistryServer(HttpServer.create(address, 0), prefix);
        }
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new FakeRegistryServer(https, prefix);
    }

    /** A URL on which nothing listens. */
    static String deadUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    synchronized FakeRegistryServer reply(int status, String body) {
        replies.add(new String[] {Integer.toString(status), body});
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] reply;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            reply = replies.isEmpty() ? new String[] {"500", "{\"error_code\":50001,\"message\":\"unscripted\"}"}
                    : replies.poll();
        }
        byte[] bytes = reply[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", RegistryHttp.CONTENT_TYPE);
        exchange.sendResponseHeaders(Integer.parseInt(reply[0]), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
