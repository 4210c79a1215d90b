package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.console.ConsoleResponse;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult;
import dev.roster.core.session.SessionSignIn;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * Roster's own sign-in for hosts that have no login of their own (and for the example): a form that
 * starts a Roster session and keeps its token in an HttpOnly, SameSite=Strict cookie scoped to the
 * console. Every refusal reads the same, so the page never tells who has an account.
 */
public final class SignInPages {
    public static final String COOKIE = "roster_console";
    private static final String REFUSED = "The email or the password is not right, or the account cannot sign in now.";

    private final Roster roster;
    private final TenantId tenant;
    private final boolean secureCookie;

    public SignInPages(Roster roster, TenantId tenant, boolean secureCookie) {
        this.roster = roster;
        this.tenant = tenant;
        this.secureCookie = secureCookie;
    }

    /** The member whose session the request's cookie holds, if it is still valid. */
    public Optional<Actor> actorFor(ConsoleRequest request) {
        return request.cookie(COOKIE).filter(t -> !t.isEmpty()).flatMap(token -> roster.sessions().validate(tenant, token))
                .map(principal -> Actor.user(tenant, principal.user()));
    }

    /** The sign-in form; {@code problem} "joined" greets someone who has just accepted an invitation instead. */
    public ConsoleResponse form(ConsoleRequest request, String problem, int status) {
        boolean joined = "joined".equals(problem);
        return ConsoleResponse.html(status, Templates.render("login.jte", Map.of("base", request.base(), "problem",
                problem == null || joined ? "" : problem, "joined", joined)));
    }

    /** The form's POST: a session and its cookie, or the form again with the one refusal. */
    public ConsoleResponse signIn(ConsoleRequest request) {
        if (!Guard.sameOrigin(request)) {
            return form(request, "The form was not sent from this console. Reload the page and try again.", 403);
        }
        SessionSignIn result;
        try {
            result = roster.sessions().signIn(tenant, request.field("email").orElse(""), request.field("password").orElse(""),
                    new SignInContext(request.clientAddress(), request.header("user-agent").orElse(null)));
        } catch (RosterException e) {
            return form(request, REFUSED, 401);
        }
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN || result.session().isEmpty()) {
            return form(request, REFUSED, 401);
        }
        return ConsoleResponse.redirect(request.base() + "/users").withHeaders(Map.of("Set-Cookie", cookie(request, result.session().get().token(), -1)));
    }

    public ConsoleResponse signOut(ConsoleRequest request) {
        request.cookie(COOKIE).filter(t -> !t.isEmpty()).ifPresent(token -> roster.sessions().signOut(tenant, token));
        return ConsoleResponse.redirect(request.base() + "/login").withHeaders(Map.of("Set-Cookie", cookie(request, "", 0)));
    }

    private String cookie(ConsoleRequest request, String value, int maxAge) {
        String path = request.base().isEmpty() ? "/" : request.base();
        return COOKIE + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
