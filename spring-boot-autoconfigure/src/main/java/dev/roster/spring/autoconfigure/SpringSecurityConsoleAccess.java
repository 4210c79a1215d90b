package dev.roster.spring.autoconfigure;

import dev.roster.console.ConsoleAuthorizer;
import dev.roster.console.ConsoleRequest;
import dev.roster.console.HostFormField;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The console under the application's Spring Security: a request acts as the Roster member of the
 * configured tenant whose email (or, for a name without an {@code @}, username) is the authenticated name,
 * exactly but for the case of ASCII letters, if that member is active; anonymous requests and names Roster does not know act as nobody. The forms
 * carry Spring Security's CSRF token, so the application's CSRF protection covers the console too.
 */
final class SpringSecurityConsoleAccess implements ConsoleAuthorizer {
    private final Roster roster;
    private final TenantId tenant;

    SpringSecurityConsoleAccess(Roster roster, TenantId tenant) {
        this.roster = roster;
        this.tenant = tenant;
    }

    @Override
    public Optional<Actor> actorFor(ConsoleRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String name = authentication.getName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Actor system = Actor.system(tenant);
        boolean email = name.indexOf('@') >= 0;
        Optional<User> member = email ? roster.users().findByEmail(system, name) : roster.users().findByUsername(system, name);
        // Roster's lookup folds case, width and look-alikes, as matching should; a login identity must not: a host
        // account "KATE" or one with a fullwidth letter is another account than Kate's, so it must be her name exactly.
        return member.filter(user -> user.status() == UserStatus.ACTIVE)
                .filter(user -> sameIdentity(name, email ? user.email().value() : user.profile().username()))
                .map(user -> Actor.user(tenant, user.id()));
    }

    /** The same characters, save for the case of ASCII letters. */
    static boolean sameIdentity(String given, String stored) {
        if (stored == null || given.length() != stored.length()) {
            return false;
        }
        for (int i = 0; i < given.length(); i++) {
            char a = given.charAt(i);
            char b = stored.charAt(i);
            if (a != b && !(a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spring Security's CSRF token of this request, as the field its filter expects.
     *
     * @param request the console's request, over a servlet request
     * @return the field, or empty when the request has no token (CSRF protection off)
     */
    static Optional<HostFormField> csrfField(ConsoleRequest request) {
        if (!(request.hostRequest() instanceof HttpServletRequest servlet)
                || !(servlet.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return Optional.empty();
        }
        return Optional.of(new HostFormField(token.getParameterName(), token.getToken()));
    }
}
