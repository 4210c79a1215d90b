package dev.roster.core;

import dev.roster.core.internal.AuditLog;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
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
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.Mailer;
import dev.roster.spi.store.RosterStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires Roster from its ports. Store, mailer and policy are required; the clock defaults to the
 * system UTC clock, the validator to Hibernate Validator without Expression Language, the hooks to
 * none, and the invitation link to {@code /invitation?token={token}} (set your own).
 */
public final class RosterBuilder {
    private RosterStore store;
    private Mailer mailer;
    private Policy policy;
    private Clock clock = Clock.systemUTC();
    private Validator validator;
    private LifecycleHooks hooks = LifecycleHooks.NONE;
    private MailComposer mailComposer;
    private String invitationLink = "/invitation?token={token}";

    RosterBuilder() {
    }

    public RosterBuilder store(RosterStore value) { this.store = value; return this; }
    public RosterBuilder mailer(Mailer value) { this.mailer = value; return this; }
    public RosterBuilder policy(Policy value) { this.policy = value; return this; }
    public RosterBuilder clock(Clock value) { this.clock = value; return this; }
    /** A host's own configured validator (Spring Boot has one); it must support records. */
    public RosterBuilder validator(Validator value) { this.validator = value; return this; }
    public RosterBuilder hooks(LifecycleHooks value) { this.hooks = value; return this; }
    /** Replaces the default plain-text messages. */
    public RosterBuilder mailComposer(MailComposer value) { this.mailComposer = value; return this; }
    /** The invitation link, with {token} and optionally {tenant} placeholders, for the default composer. */
    public RosterBuilder invitationLink(String template) { this.invitationLink = template; return this; }

    public Roster build() {
        Objects.requireNonNull(store, "store is required");
        Objects.requireNonNull(mailer, "mailer is required");
        Objects.requireNonNull(policy, "policy is required");
        Objects.requireNonNull(clock, "clock is required");
        Objects.requireNonNull(hooks, "hooks must not be null");
        // Re-checks a policy built with toBuilder() tweaks or deserialized by the host.
        Policy checked = policy.toBuilder().build();
        // Databases keep microseconds; truncating here keeps stored instants equal to the ones handed out.
        Clock clock = new MicrosecondClock(this.clock);
        IdGenerator ids = new IdGenerator(clock);
        PermissionResolver resolver = new PermissionResolver(checked);
        PermissionCache cache = new PermissionCache();
        RosterContext ctx = new RosterContext(store, clock, checked, resolver, cache,
                new CommandValidator(validator != null ? validator : CommandValidator.defaultValidator()), ids, new Tokens(),
                new AuditLog(clock, ids), hooks, mailComposer != null ? mailComposer : new LinkTemplateMailComposer(invitationLink),
                new MailDispatcher(mailer));
        Authorizer authorizer = new Authorizer(checked, resolver);
        Guards guards = new Guards(checked);
        UserRules rules = new UserRules(checked, resolver);
        Authority authority = new Authority(resolver);
        UserWriter writer = new UserWriter(resolver, guards, authority);
        InvitationIssuer issuer = new InvitationIssuer(ctx, guards, rules, authority);
        return new Roster(checked,
                new DefaultTenantService(ctx, authorizer, writer),
                new DefaultUserService(ctx, authorizer, guards, rules, writer),
                new DefaultLifecycleService(ctx, authorizer, guards, rules, writer),
                new DefaultInvitationService(ctx, authorizer, issuer),
                new DefaultInviteeService(ctx, authorizer, guards, rules, writer, issuer),
                new DefaultGroupService(ctx, authorizer),
                new DefaultPermissionService(store, resolver, cache, authorizer),
                new DefaultDirectory(ctx, authorizer, guards),
                new DefaultAuditTrail(ctx, authorizer));
    }
}
