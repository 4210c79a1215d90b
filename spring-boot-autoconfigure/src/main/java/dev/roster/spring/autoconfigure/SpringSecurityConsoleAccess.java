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
 * if that member is active; anonymous requests and names Roster does not know act as nobody. The forms
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
        Optional<User> member = name.indexOf('@') >= 0 ? roster.users().findByEmail(system, name) : roster.users().findByUsername(system, name);
        return member.filter(user -> user.status() == UserStatus.ACTIVE).map(user -> Actor.user(tenant, user.id()));
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
