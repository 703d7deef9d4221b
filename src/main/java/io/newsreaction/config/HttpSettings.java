package io.newsreaction.config;

/**
 * The HTTP query API.
 *
 * @param port  TCP port; 0 switches the API off
 * @param bind  address to bind; when loaded with the API on, the IP address {@code http.bind}
 *              resolved to (and was checked against) at start
 * @param token bearer token callers must present; empty for none
 */
public record HttpSettings(int port, String bind, String token) {

    /** True when the API is switched on. */
    public boolean enabled() {
        return port != 0;
    }

    /** True when callers must present {@link #token()}. */
    public boolean hasToken() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        return "HttpSettings[port=" + port + ", bind=" + bind + ", token="
                + Secrets.mask(ConfigKeys.HTTP_TOKEN, token) + "]";
    }
}
