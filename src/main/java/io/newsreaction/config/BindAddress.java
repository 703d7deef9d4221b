package io.newsreaction.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reads {@code http.bind}: resolves it once, so the address checked for loopback is the address the
 * API binds (a name such as {@code 127.evil.example.com} is a name, not a loopback address, and a
 * name resolved again at bind time could have changed its answer).
 */
final class BindAddress {

    private BindAddress() {
    }

    /** The address {@code bind} names; an IP literal is taken as is, a host name is looked up. */
    static InetAddress resolve(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException | SecurityException e) {
            throw ConfigException.badValue(ConfigKeys.HTTP_BIND, bind, "does not resolve to an address");
        }
    }

    /** True when only this host can connect: a loopback address, never the any-local {@code 0.0.0.0} or {@code ::}. */
    static boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress() && !address.isAnyLocalAddress();
    }
}
