package com.perfdash.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of HTTP for the security tests: its own cookies, no redirects followed, and the
 * sign-in as the login page does it (the form posts user name, password and the CSRF token that the
 * page carries in {@code <meta name="_csrf">}). Extra headers (X-Forwarded-For, Origin...) go with
 * every request.
 */
final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final List<String> headers = new ArrayList<>();

    WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    /** Sends {@code name: value} with every later request. */
    WebClient header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    /** As if the requests came through the proxy from {@code address} (the app trusts a local proxy). */
    WebClient from(String address) {
        return header("X-Forwarded-For", address);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The CSRF token of a freshly loaded login page (the page the browser would show). */
    String loginPageToken() {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF_META.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the login page carries no CSRF token: " + page.body());
        }
        return m.group(1);
    }

    /** Signs in through the login page's form; the answer to the form's POST. */
    HttpResponse<String> signIn(String username, String password) {
        String token = loginPageToken();
        return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token));
    }

    /** True when the app serves the overview to this client, false when it sends it to the login page. */
    boolean isSignedIn() {
        HttpResponse<String> r = get("/");
        return r.statusCode() == 200;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
