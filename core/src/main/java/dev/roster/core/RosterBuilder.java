package dev.roster.core;

import dev.roster.core.internal.AuditLog;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.CacheCoherence;
import dev.roster.core.internal.CommandValidator;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.IdGenerator;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.MailDispatcher;
import dev.roster.core.internal.MicrosecondClock;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.Tokens;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.internal.service.DefaultAuditTrail;
import dev.roster.core.internal.service.DefaultDirectory;
import dev.roster.core.internal.service.DefaultGroupService;
import dev.roster.core.internal.service.DefaultInvitationService;
import dev.roster.core.internal.service.DefaultInviteeService;
import dev.roster.core.internal.service.DefaultLifecycleService;
import dev.roster.core.internal.service.DefaultPermissionService;
import dev.roster.core.internal.service.DefaultTenantService;
import dev.roster.core.internal.service.DefaultUserService;
import dev.roster.core.mail.LinkTemplateMailComposer;
import dev.roster.core.mail.MailComposer;
import dev.roster.core.permission.PermissionCache;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.policy.Policy;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.Mailer;
import dev.roster.spi.store.RosterStore;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;

/**
 * Wires Roster from its ports. A store, a mailer, a policy and where invitations link to (an
 * {@link #invitationLink} template, or a {@link #mailComposer} of your own) are required, and
 * {@link #build()} says what is missing. The clock defaults to the system UTC clock, the validator to
 * Hibernate Validator without Expression Language, the hooks to none.
 */
public final class RosterBuilder {
    private RosterStore store;
    private Mailer mailer;
    private Policy policy;
    private Clock clock = Clock.systemUTC();
    private Validator validator;
    private LifecycleHooks hooks = LifecycleHooks.NONE;
    private MailComposer mailComposer;
    private String invitationLink;
    private int permissionCacheSize = PermissionCache.DEFAULT_CAPACITY;

    RosterBuilder() {
    }

    /**
     * Sets the store (required): any RosterStore that passes roster-spi-tck.
     *
     * @param value the port
     * @return this builder
     */
    public RosterBuilder store(RosterStore value) { this.store = value; return this; }
    /**
     * Sets the mailer (required).
     *
     * @param value the port
     * @return this builder
     */
    public RosterBuilder mailer(Mailer value) { this.mailer = value; return this; }
    /**
     * Sets the policy (required).
     *
     * @param value the port
     * @return this builder
     */
    public RosterBuilder policy(Policy value) { this.policy = value; return this; }
    /**
     * Sets the clock; the system UTC clock unless set.
     *
     * @param value the port
     * @return this builder
     */
    public RosterBuilder clock(Clock value) { this.clock = value; return this; }
    /**
     * A host's own configured validator (Spring Boot has one); it must support records.
     *
     * @param value the validator
     * @return this builder
     */
    public RosterBuilder validator(Validator value) { this.validator = value; return this; }
    /**
     * Sets the lifecycle hooks; none unless set.
     *
     * @param value the port
     * @return this builder
     */
    public RosterBuilder hooks(LifecycleHooks value) { this.hooks = value; return this; }
    /**
     * Replaces the default plain-text messages, and with them the link template.
     *
     * @param value the composer
     * @return this builder
     */
    public RosterBuilder mailComposer(MailComposer value) { this.mailComposer = value; return this; }
    /**
     * Where an invitation mail links to, for the default composer: an absolute http(s) address of the
     * host's page that previews an invitation, with a {@code {token}} placeholder and optionally
     * {@code {tenant}}, e.g. {@code https://app.example.com/t/{tenant}/invite?token={token}}.
     *
     * @param template the link template
     * @return this builder
     */
    public RosterBuilder invitationLink(String template) { this.invitationLink = template; return this; }

    /**
     * How many users' resolved permissions one instance keeps at most (default 200,000); past that
     * it starts over, so memory stays bounded whatever ids a host checks.
     *
     * @param users the most users cached
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public RosterBuilder permissionCacheSize(int users) {
        if (users < 1) {
            throw new IllegalArgumentException("the permission cache holds at least one user, not " + users);
        }
        this.permissionCacheSize = users;
        return this;
    }

    /**
     * Builds Roster, or refuses with an {@link IllegalStateException} that says what to add.
     *
     * @return Roster, ready to use from many threads
     */
    public Roster build() {
        require(store != null, "a store: .store(new InMemoryRosterStore()) for tests, or a JdbcRosterStore");
        require(mailer != null, "a mailer: .mailer(...) with an implementation of dev.roster.spi.mail.Mailer");
        require(policy != null, "a policy: .policy(Policy.builder()...build())");
        require(clock != null, "a clock: .clock(Clock.systemUTC()), or leave it unset for that default");
        require(hooks != null, "lifecycle hooks: .hooks(LifecycleHooks.NONE), or leave them unset for that default");
        MailComposer composer = composer();
        // Re-checks a policy built with toBuilder() tweaks or deserialized by the host.
        Policy checked = policy.toBuilder().build();
        // Databases keep microseconds; truncating here keeps stored instants equal to the ones handed out.
        Clock clock = new MicrosecondClock(this.clock);
        IdGenerator ids = new IdGenerator(clock);
        PermissionResolver resolver = new PermissionResolver(checked);
        PermissionCache cache = new PermissionCache(permissionCacheSize);
        CacheCoherence coherence = new CacheCoherence(cache, store);
        RosterContext ctx = new RosterContext(store, clock, checked, resolver, cache, coherence,
                new CommandValidator(validator != null ? validator : CommandValidator.defaultValidator()), ids, new Tokens(),
                new AuditLog(clock, ids), hooks, composer,
                new MailDispatcher(mailer));
        Authorizer authorizer = new Authorizer(checked, resolver);
        Guards guards = new Guards(checked);
        UserRules rules = new UserRules(checked, resolver);
        Authority authority = new Authority(resolver);
        UserWriter writer = new UserWriter(resolver, guards, authority);
        InvitationIssuer issuer = new InvitationIssuer(ctx, guards, rules, authority);
        return new Roster(checked,
                new DefaultTenantService(ctx, authorizer, writer, authority),
                new DefaultUserService(ctx, authorizer, guards, rules, writer),
                new DefaultLifecycleService(ctx, authorizer, guards, rules, writer),
                new DefaultInvitationService(ctx, authorizer, issuer),
                new DefaultInviteeService(ctx, authorizer, guards, rules, writer, issuer),
                new DefaultGroupService(ctx, authorizer, authority),
                new DefaultPermissionService(store, resolver, cache, authorizer),
                new DefaultDirectory(ctx, authorizer, guards),
                new DefaultAuditTrail(ctx, authorizer),
                listening(coherence));
    }

    private List<AutoCloseable> listening(CacheCoherence coherence) {
        ChangeFeed.Subscription subscription = coherence.listen(store);
        return subscription == null ? List.of() : List.of(subscription);
    }

    /** The composer to use; a link template must lead somewhere, or an invitation mail would carry a dead link. */
    private MailComposer composer() {
        if (mailComposer != null) {
            require(invitationLink == null, "only one of .mailComposer(...) and .invitationLink(...): a composer of your own builds its links");
            return mailComposer;
        }
        require(invitationLink != null, "where invitations link to: .invitationLink(\"https://app.example.com/invite?token={token}\"), "
                + "the page of your application that previews an invitation (or a .mailComposer(...) of your own)");
        require(invitationLink.contains("{token}"), "a {token} placeholder in the invitation link " + invitationLink
                + ", or the link could not carry the invitation");
        String sample = invitationLink.replace("{token}", "token").replace("{tenant}", "tenant");
        URI uri;
        try {
            uri = new URI(sample);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Roster.builder() needs an invitation link that is a valid address, not " + invitationLink, e);
        }
        require(uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null, "an absolute http(s) invitation link (a mail cannot follow " + invitationLink + ")");
        return new LinkTemplateMailComposer(invitationLink);
    }

    private static void require(boolean given, String what) {
        if (!given) {
            throw new IllegalStateException("Roster.builder() needs " + what);
        }
    }
}
