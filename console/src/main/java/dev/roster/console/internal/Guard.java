package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.access.Actor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery and the response headers. A state change comes only by POST, from a page of
 * the same origin (its Origin, or else its Referer, names the host the request was sent to), carrying the
 * token of the actor it acts as: an HMAC of the actor under the console's key, which another site can
 * neither read nor compute.
 */
public final class Guard {
    /** Sent with every response: no inline script, no framing, no sniffing, no referrer, nothing cached. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");
    private final byte[] key;

    public Guard(byte[] key) {
        this.key = key.clone();
    }

    /** The token a form carries for this actor. */
    public String token(Actor actor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String who = actor.tenant().value() + "|" + actor.userId().map(Object::toString).orElse("system");
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("roster-console-csrf|" + who).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a POST may change anything: same origin, and the actor's own token. */
    public boolean allows(ConsoleRequest request, Actor actor) {
        Optional<String> given = request.field("csrf");
        return sameOrigin(request) && given.isPresent()
                && MessageDigest.isEqual(given.get().getBytes(StandardCharsets.UTF_8), token(actor).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The page that sent it was served by the host it was sent to. A browser says so in {@code Sec-Fetch-Site},
     * which no page can forge; a page under {@code Referrer-Policy: no-referrer} sends {@code Origin: null},
     * so the named origin is checked when there is one, and a request that shows neither is refused.
     */
    public static boolean sameOrigin(ConsoleRequest request) {
        Optional<String> site = request.header("sec-fetch-site");
        if (site.isPresent() && !site.get().equals("same-origin")) {
            return false;
        }
        Optional<String> host = request.header("host");
        Optional<String> origin = request.header("origin").filter(o -> !o.equals("null")).or(() -> request.header("referer"));
        if (origin.isPresent()) {
            return host.isPresent() && authorityOf(origin.get()).map(a -> a.equalsIgnoreCase(host.get())).orElse(false);
        }
        return site.isPresent();
    }

    private static Optional<String> authorityOf(String address) {
        try {
            return Optional.ofNullable(URI.create(address).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
