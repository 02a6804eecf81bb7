package com.perfdash.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every response: scripts from the app itself and the bootstrap page's
 * own inline scripts, which carry a nonce new with each response; no other inline script, so no inline
 * event handler ({@code onerror=...}) runs, whatever text ends up in the page as markup. Vaadin Flow
 * needs {@code 'unsafe-eval'} (its client runs the expressions the server sends as functions) and inline
 * styles (its components and the theme inject them); see docs/security.md.
 * <p>
 * The nonce is made once per request (a request attribute): the header writer puts it into the policy,
 * and the Vaadin listener stamps it on each {@code <script>} of the bootstrap page it serves.
 */
@Component
public class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy with a response's nonce. */
    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'self'";
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HEADER, policy(nonce(request::getAttribute, request::setAttribute)));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            VaadinRequest request = page.getVaadinRequest();
            String nonce = nonce(request::getAttribute, request::setAttribute);
            page.getDocument().select("script").attr("nonce", nonce);
        });
    }

    /** The request's nonce: made at the first ask (18 random bytes, Base64), the same at every later one. */
    private static String nonce(Function<String, Object> get, BiConsumer<String, Object> set) {
        Object existing = get.apply(NONCE);
        if (existing instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        set.accept(NONCE, nonce);
        return nonce;
    }
}
