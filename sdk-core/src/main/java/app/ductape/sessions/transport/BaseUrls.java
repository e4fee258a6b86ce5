package app.ductape.sessions.transport;

import app.ductape.sessions.internal.Checks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/** Validates the base URL every client builder takes: http(s), no query, no cleartext off loopback. */
final class BaseUrls {
    private BaseUrls() {}

    /**
     * Parses {@code baseUrl}, keeping any path prefix.
     *
     * @throws IllegalArgumentException naming {@code baseUrl} when it is missing, not an http(s) URL,
     *                                  has a query or fragment, or is {@code http://} on a non-loopback
     *                                  host without {@code allowInsecureHttp}
     */
    static HttpUrl parse(String baseUrl, boolean allowInsecureHttp) {
        Checks.requireNonBlank(baseUrl, "baseUrl");
        HttpUrl url = HttpUrl.parse(baseUrl.trim());
        if (url == null) {
            throw new IllegalArgumentException("`baseUrl` must be an http or https URL, but was '" + baseUrl + "'");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("`baseUrl` must not have a query or fragment, but was '" + url + "'");
        }
        if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
            throw new IllegalArgumentException("`baseUrl` uses http:// on a non-loopback host (" + url.host()
                + "): credentials would travel unencrypted; use https:// or allowInsecureHttp(true)");
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        boolean literal = host.contains(":") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
