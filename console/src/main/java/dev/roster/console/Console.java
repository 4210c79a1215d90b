package dev.roster.console;

import dev.roster.console.internal.AcceptPages;
import dev.roster.console.internal.AnalyticsPage;
import dev.roster.console.internal.AuditPageView;
import dev.roster.console.internal.Actions;
import dev.roster.console.internal.Guard;
import dev.roster.console.internal.Links;
import dev.roster.console.internal.PersonPage;
import dev.roster.console.internal.SheetPages;
import dev.roster.console.internal.SignInPages;
import dev.roster.console.internal.StaticFiles;
import dev.roster.console.internal.Templates;
import dev.roster.console.internal.UsersPage;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Roster's admin console: server-rendered pages over the API, answering {@link ConsoleRequest}s from any
 * server through {@link ConsoleServer} (the JDK's) or {@link ConsoleServlet}. Every request is let in
 * only as the actor the host's {@link ConsoleAuthorizer} names, and every action is checked by Roster as
 * that actor; state changes come only by POST with the actor's token from a page of the same origin.
 * Thread-safe.
 */
public final class Console {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Console.class);
    private static final java.util.regex.Pattern MEMBER_PAGE = java.util.regex.Pattern.compile("/users/(" + Links.ID + ")");
    private final ConsoleAuthorizer authorizer;
    private final SignInPages signIn;
    private final AcceptPages accept;
    private final Guard guard;
    private final UsersPage users;
    private final PersonPage person;
    private final AuditPageView audit;
    private final Actions actions;
    private final SheetPages sheets;
    private final AnalyticsPage analytics;
    private final long maxUploadBytes;
    private final Function<ConsoleRequest, Optional<HostFormField>> hostFormField;

    private Console(Builder builder) {
        // The policy's largest spreadsheet, and room for the form's other fields around it.
        this.maxUploadBytes = builder.roster.policy().importLimits().maxFileBytes() + 64 * 1024;
        this.signIn = builder.signInTenant == null ? null : new SignInPages(builder.roster, builder.signInTenant, builder.secureCookie);
        this.accept = builder.signInTenant == null ? null : new AcceptPages(builder.roster, builder.signInTenant);
        this.authorizer = signIn == null ? builder.authorizer : signIn::actorFor;
        this.guard = new Guard(builder.key);
        this.hostFormField = builder.hostFormField;
        this.users = new UsersPage(builder.roster);
        this.person = new PersonPage(builder.roster);
        this.audit = new AuditPageView(builder.roster);
        this.actions = new Actions(builder.roster);
        this.sheets = new SheetPages(builder.roster, builder.roster.clock());
        this.analytics = new AnalyticsPage(builder.roster, builder.roster.clock());
    }

    /**
     * Starts a console over a Roster.
     *
     * @param roster the Roster it shows and acts through
     * @return the builder
     */
    public static Builder builder(Roster roster) {
        return new Builder(roster);
    }

    /**
     * Answers one request.
     *
     * @param request the request
     * @return the response, with the security headers set
     */
    public ConsoleResponse handle(ConsoleRequest request) {
        return Templates.withHostField(hostField(request), () -> answer(request));
    }

    private ConsoleResponse answer(ConsoleRequest request) {
        ConsoleResponse response;
        try {
            response = route(request);
        } catch (RuntimeException e) {
            // A bug, or a store that failed: the page says so without details; the log has them.
            LOG.error("the console could not answer {} {}", request.method(), request.path(), e);
            response = error(request, 500, "That could not be done: something went wrong on the server.");
        }
        return finish(request, response);
    }

    private static ConsoleResponse finish(ConsoleRequest request, ConsoleResponse routed) {
        ConsoleResponse response = routed.withHeaders(Guard.HEADERS);
        // The script's name carries its version; the style sheet may change with a release, so it is kept an hour.
        return request.path().startsWith("/static/") && response.status() == 200
                ? response.withHeaders(Map.of("Cache-Control", request.path().endsWith(".js") ? "public, max-age=31536000, immutable"
                        : "public, max-age=3600"))
                : response;
    }

    /**
     * Judges a multipart request on its headers, before a byte of its body is read: only the upload form
     * takes one, only from a page of this console, and only for someone the authorizer lets in.
     *
     * @param head the request without its body
     * @return empty to read the body; else the answer
     */
    Optional<ConsoleResponse> refuseBody(ConsoleRequest head) {
        if (!head.method().equals("POST") || !head.path().equals(SheetPages.UPLOAD)) {
            return Optional.of(refusal(head, 415));
        }
        if (actorOf(head).isEmpty() || !Guard.sameOrigin(head)) {
            return Optional.of(refusal(head, 403));
        }
        return Optional.empty();
    }

    /**
     * Whether the fields a multipart form sent before its first file carry the actor's token, so that no
     * file of a forged form is ever written.
     *
     * @param head the request without its body
     * @param fields the fields read so far
     * @return true to read the files
     */
    boolean letsFilesIn(ConsoleRequest head, Map<String, java.util.List<String>> fields) {
        ConsoleRequest withFields = new ConsoleRequest(head.method(), head.base(), head.path(), head.query(), fields, head.headers(),
                head.clientAddress(), head.hostRequest());
        return actorOf(withFields).map(actor -> guard.allows(withFields, actor)).orElse(false);
    }

    /**
     * The answer to a request refused before the console saw it all (a body too large, broken or not let in).
     *
     * @param request the request, without its body
     * @param status 400, 403, 413 or 415
     * @return the error page with the console's headers
     */
    ConsoleResponse refusal(ConsoleRequest request, int status) {
        String message = switch (status) {
            case 413 -> "That is more than the console accepts in one request.";
            case 415 -> "Only the spreadsheet upload takes a file.";
            case 403 -> "The form was not sent from this console. Reload the page and try again.";
            default -> "The form arrived broken. Please send it again.";
        };
        return Templates.withHostField(hostField(request), () -> finish(request, error(request, status, message)));
    }

    private HostFormField hostField(ConsoleRequest request) {
        try {
            return hostFormField.apply(request).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("the host's form field could not be read; the forms go without it", e);
            return null;
        }
    }

    private Optional<Actor> actorOf(ConsoleRequest request) {
        try {
            return authorizer.actorFor(request);
        } catch (RuntimeException e) {
            return Optional.empty(); // an authorizer that fails lets nobody in
        }
    }

    /** The largest multipart body the server adapters read; a larger one gets 413. */
    long maxUploadBytes() {
        return maxUploadBytes;
    }

    private ConsoleResponse route(ConsoleRequest request) {
        boolean get = request.method().equals("GET") || request.method().equals("HEAD");
        if (get && request.path().startsWith("/static/")) {
            return StaticFiles.serve(request.path().substring("/static/".length())).orElseGet(() -> error(request, 404, "There is no such file."));
        }
        if (signIn != null && request.path().equals("/login")) {
            return get ? signIn.form(request, request.param("joined").isPresent() ? "joined" : null, 200) : signIn.signIn(request);
        }
        if (signIn != null && request.path().equals("/logout") && !get) {
            // Also without a live session, so a stale cookie is always cleared; the same-origin check still applies.
            return Guard.sameOrigin(request) ? signIn.signOut(request) : error(request, 403, "The form was not sent from this console.");
        }
        if (accept != null && request.path().equals("/accept")) {
            return get ? accept.form(request) : accept.answer(request);
        }
        Optional<Actor> actor = actorOf(request);
        if (actor.isEmpty()) {
            return signIn != null && get ? ConsoleResponse.redirect(request.base() + "/login")
                    : error(request, 403, "Sign in as an administrator to use the console.");
        }
        try {
            if (get) {
                return page(request, actor.get());
            }
            if (!request.method().equals("POST")) {
                return error(request, 405, "The console answers GET and POST only.");
            }
            if (!guard.allows(request, actor.get())) {
                return error(request, 403, "The form was not sent from this console. Reload the page and try again.");
            }
            return switch (request.path()) {
                case "/users/export" -> sheets.export(request, actor.get());
                case SheetPages.UPLOAD -> sheets.check(request, actor.get(), guard.token(actor.get()));
                case SheetPages.APPLY -> sheets.apply(request, actor.get(), guard.token(actor.get()));
                default -> actions.take(request, actor.get()).orElseGet(() -> error(request, 404, "There is no such action."));
            };
        } catch (RosterException e) {
            return error(request, e.code() == ErrorCode.PERMISSION_DENIED ? 403 : e.code() == ErrorCode.NOT_FOUND ? 404 : 400,
                    e.code() == ErrorCode.PERMISSION_DENIED ? "You are not allowed to see this." : "That could not be done.");
        }
    }

    private ConsoleResponse page(ConsoleRequest request, Actor actor) {
        return switch (request.path()) {
            case "/", "" -> ConsoleResponse.redirect(request.base() + "/users");
            case "/invitations/template" -> sheets.template(actor);
            case "/analytics" -> ConsoleResponse.html(200, Templates.render("analytics.jte", Map.of("view", analytics.view(request, actor))));
            case "/audit" -> ConsoleResponse.html(200, Templates.render("audit.jte", audit.params(request, actor)));
            case "/users" -> ConsoleResponse.html(200, Templates.render("users.jte", Map.of("view", users.view(request, actor, guard.token(actor), signIn != null))));
            default -> {
                java.util.regex.Matcher member = MEMBER_PAGE.matcher(request.path());
                yield member.matches() ? ConsoleResponse.html(200, Templates.render("person.jte", Map.of("view",
                        person.view(request, actor, guard.token(actor), dev.roster.spi.model.UserId.parse(member.group(1))))))
                        : error(request, 404, "There is no such page.");
            }
        };
    }

    private ConsoleResponse error(ConsoleRequest request, int status, String message) {
        // Signed in through the console but not let in here: it can still sign out.
        boolean signedIn = signIn != null && request.cookie(SignInPages.COOKIE).filter(c -> !c.isEmpty()).isPresent();
        return ConsoleResponse.html(status, Templates.render("error.jte", Map.of("base", request.base(), "status", status, "message", message,
                "signOut", signedIn)));
    }

    /** What a console is made of. */
    public static final class Builder {
        private final Roster roster;
        private ConsoleAuthorizer authorizer = ConsoleAuthorizer.NOBODY;
        private byte[] key;
        private dev.roster.spi.model.TenantId signInTenant;
        private boolean secureCookie = true;
        private Function<ConsoleRequest, Optional<HostFormField>> hostFormField = request -> Optional.empty();

        private Builder(Roster roster) {
            this.roster = Objects.requireNonNull(roster, "roster");
        }

        /**
         * Who a request acts as. Without one, every request is refused.
         *
         * @param value the host's authorizer
         * @return this builder
         */
        public Builder authorizer(ConsoleAuthorizer value) {
            this.authorizer = Objects.requireNonNull(value, "authorizer");
            return this;
        }

        /**
         * A hidden field the host's own filters require in every form, read for each request: for
         * example Spring Security's CSRF token, from the servlet request's {@code CsrfToken} attribute.
         *
         * @param value the field for a request, or empty for none
         * @return this builder
         */
        public Builder hostFormField(Function<ConsoleRequest, Optional<HostFormField>> value) {
            this.hostFormField = Objects.requireNonNull(value, "hostFormField");
            return this;
        }

        /**
         * The key the forms' tokens are made with. Instances of the host behind one address must share it;
         * by default each console makes its own at random.
         *
         * @param value at least 32 bytes
         * @return this builder
         */
        public Builder formKey(byte[] value) {
            if (value == null || value.length < 32) {
                throw new IllegalArgumentException("the form key needs at least 32 bytes");
            }
            this.key = value.clone();
            return this;
        }

        /**
         * Lets members of one tenant sign in with Roster's own sign-in (for hosts without a login of their
         * own): a sign-in page at {@code /login}, a Roster session kept in an HttpOnly, SameSite=Strict
         * cookie, and sign-out; and a page at {@code /accept?token=...} where an invitation's link can lead,
         * to join with a name and a password or to decline. It takes the place of an authorizer. Needs a
         * Roster built with passwords and sessions.
         *
         * @param tenant the tenant whose members sign in
         * @param secureCookie whether the cookie is only sent over HTTPS (false only for a plain-HTTP demo on loopback)
         * @return this builder
         */
        public Builder rosterSignIn(dev.roster.spi.model.TenantId tenant, boolean secureCookie) {
            this.signInTenant = Objects.requireNonNull(tenant, "tenant");
            this.secureCookie = secureCookie;
            return this;
        }

        /** {@return the console} */
        public Console build() {
            if (key == null) {
                key = new byte[32];
                new SecureRandom().nextBytes(key);
            }
            return new Console(this);
        }
    }
}
