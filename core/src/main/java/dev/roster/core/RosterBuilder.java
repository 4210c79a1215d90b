package dev.roster.core;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.core.internal.service.DefaultCredentialService;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.internal.AuditLog;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.CacheCoherence;
import dev.roster.core.internal.CommandValidator;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.IdGenerator;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.MicrosecondClock;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.Tokens;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.internal.mail.Touched;
import dev.roster.core.internal.mail.Dispatcher;
import dev.roster.core.internal.mail.InvitationLinks;
import dev.roster.core.internal.mail.MailQueue;
import dev.roster.core.internal.Events;
import dev.roster.core.internal.mail.NoOutbox;
import dev.roster.core.internal.mail.Sealer;
import dev.roster.core.internal.service.DefaultAuditTrail;
import dev.roster.core.internal.service.DefaultDirectory;
import dev.roster.core.internal.service.DefaultGroupService;
import dev.roster.core.internal.service.DefaultExportService;
import dev.roster.core.internal.service.DefaultImportService;
import dev.roster.core.internal.service.DefaultInvitationService;
import dev.roster.core.internal.service.DefaultInviteeService;
import dev.roster.core.internal.service.DefaultLifecycleService;
import dev.roster.core.internal.service.DefaultPermissionService;
import dev.roster.core.internal.service.DefaultTenantService;
import dev.roster.core.internal.service.DefaultSessionService;
import dev.roster.core.internal.service.DefaultUserService;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.Outbox;
import dev.roster.core.observe.RosterObserver;
import dev.roster.core.permission.PermissionCache;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.policy.Policy;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.error.UnsupportedCapabilityException;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.RosterStore;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Wires Roster from its ports. A store, a policy, and either mail settings with where invitations
 * link to ({@link #mail} and {@link #invitationLink}) or {@link #withoutMail()} are required, and
 * {@link #build()} says what is missing. The clock defaults to the system UTC clock, the validator to
 * Hibernate Validator without Expression Language, the hooks to none.
 */
public final class RosterBuilder {
    private RosterStore store;
    private MailSettings mail;
    private boolean withoutMail;
    private Policy policy;
    private Clock clock = Clock.systemUTC();
    private Validator validator;
    private LifecycleHooks hooks = LifecycleHooks.NONE;
    private String invitationLink;
    private String passwordResetLink;
    private int permissionCacheSize = PermissionCache.DEFAULT_CAPACITY;
    private PasswordSettings passwords;
    private SessionSettings sessions;
    private Executor afterHostCommit = Runnable::run;
    private RosterObserver observer = RosterObserver.NONE;

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
     * How Roster mails (this or {@link #withoutMail()} is required): messages go through the store's
     * outbox, queued with the change that causes them and sent by {@link Roster#outbox()}.
     *
     * @param value the mail settings
     * @return this builder
     */
    public RosterBuilder mail(MailSettings value) { this.mail = value; this.withoutMail = false; return this; }
    /**
     * Roster sends no mail: the host delivers invitation links itself, from each receipt's token.
     *
     * @return this builder
     */
    public RosterBuilder withoutMail() { this.withoutMail = true; this.mail = null; return this; }
    /**
     * How to run what must wait until the host's transaction commits, when Roster's units join one
     * (a store on the host's transactions): waking the outbox worker for mail just queued, which it
     * could not see before the commit. Given a task, run it after the transaction open on this thread
     * commits (and drop it on rollback), or at once when none is open. Unless set, it runs at once, and
     * mail queued inside a host transaction goes out at the worker's next look.
     *
     * @param value runs a task after the current host transaction commits
     * @return this builder
     */
    public RosterBuilder afterHostCommit(Executor value) { this.afterHostCommit = Objects.requireNonNull(value, "afterHostCommit"); return this; }
    /**
     * Who hears what Roster did, for the host's metrics (sign-ins, lockouts, invitations, mail); none
     * unless set. It hears each thing once committed, as {@link #afterHostCommit} runs it.
     *
     * @param value the observer
     * @return this builder
     */
    public RosterBuilder observer(RosterObserver value) { this.observer = Objects.requireNonNull(value, "observer"); return this; }
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
     * A host's own configured validator (Spring Boot has one); it must support records. Every
     * command then goes through it. With Roster's own (the default), a command is first checked by
     * the constraints read once from its metadata, and only one that breaks a constraint goes
     * through the validator, which writes the messages: several times faster for a bulk import.
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
     * Where an invitation mail links to (required with {@link #mail}): an absolute http(s) address of the
     * host's page that previews an invitation, with a {@code {token}} placeholder and optionally
     * {@code {tenant}}, e.g. {@code https://app.example.com/t/{tenant}/invite?token={token}}.
     *
     * @param template the link template
     * @return this builder
     */
    public RosterBuilder invitationLink(String template) { this.invitationLink = template; return this; }

    /**
     * Where password-reset mail links to, with a {@code {token}} placeholder (and optionally
     * {@code {tenant}}): the page of your application where a person chooses a new password and
     * calls {@code credentials().completePasswordReset}. Needs {@link #mail} and {@link #passwords};
     * without it there is no reset by mail.
     *
     * @param template an absolute http(s) address
     * @return this builder
     */
    public RosterBuilder passwordResetLink(String template) { this.passwordResetLink = template; return this; }

    /**
     * Lets Roster keep passwords ({@link Roster#credentials()}); the store must offer the
     * {@code credentials} capability.
     *
     * @param settings the hasher, the rules and the bounds
     * @return this builder
     */
    public RosterBuilder passwords(PasswordSettings settings) {
        this.passwords = java.util.Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Lets Roster keep signed-in sessions ({@link Roster#sessions()}); needs {@link #passwords} and a
     * store with the {@code sessions} capability.
     *
     * @param settings lifetimes, the bound per user, and device names
     * @return this builder
     */
    public RosterBuilder sessions(SessionSettings settings) {
        this.sessions = java.util.Objects.requireNonNull(settings, "settings");
        return this;
    }

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
        require(policy != null, "a policy: .policy(Policy.builder()...build())");
        require(clock != null, "a clock: .clock(Clock.systemUTC()), or leave it unset for that default");
        require(hooks != null, "lifecycle hooks: .hooks(LifecycleHooks.NONE), or leave them unset for that default");
        require(mail != null || withoutMail, "how Roster mails: .mail(MailSettings.builder()...build()), or .withoutMail() when your "
                + "application delivers invitation links itself");
        InvitationLinks links = links();
        InvitationLinks resetLinks = resetLinks();
        if (passwords != null && !store.capabilities().contains(CredentialStore.CAPABILITY)) {
            throw new UnsupportedCapabilityException(CredentialStore.CAPABILITY);
        }
        if (passwords != null && !store.capabilities().contains(SignInStore.CAPABILITY)) {
            throw new UnsupportedCapabilityException(SignInStore.CAPABILITY);
        }
        if (sessions != null && passwords == null) {
            throw new IllegalStateException("sessions start at sign-in: add .passwords(PasswordSettings.builder()...build())");
        }
        if (sessions != null && !store.capabilities().contains(SessionStore.CAPABILITY)) {
            throw new UnsupportedCapabilityException(SessionStore.CAPABILITY);
        }
        if (mail != null && !store.capabilities().contains(OutboxStore.CAPABILITY)) {
            throw new UnsupportedCapabilityException(OutboxStore.CAPABILITY);
        }
        if (mail != null && mail.dispatchStore().filter(d -> !d.capabilities().contains(OutboxStore.CAPABILITY)).isPresent()) {
            throw new UnsupportedCapabilityException(OutboxStore.CAPABILITY); // the dispatch store reads the same outbox
        }
        // Re-checks a policy built with toBuilder() tweaks or deserialized by the host.
        Policy checked = policy.toBuilder().build();
        // Databases keep microseconds; truncating here keeps stored instants equal to the ones handed out.
        Clock clock = new MicrosecondClock(this.clock);
        IdGenerator ids = new IdGenerator(clock);
        Tokens tokens = new Tokens();
        Sealer sealer = mail == null ? null : new Sealer(mail.key(), mail.retiredKeys());
        Touched touched = new Touched();
        Events events = new Events(observer, afterHostCommit);
        Dispatcher dispatcher = mail == null ? null : new Dispatcher(mail.dispatchStore().orElse(store), clock, mail, sealer, tokens, links,
                touched, resetLinks, passwords == null ? null : passwords.resetLifetime(), events);
        Outbox outbox = dispatcher == null ? new NoOutbox() : dispatcher;
        PermissionResolver resolver = new PermissionResolver(checked);
        PermissionCache cache = new PermissionCache(permissionCacheSize);
        CacheCoherence coherence = new CacheCoherence(cache, store);
        RosterContext ctx = new RosterContext(store, clock, checked, resolver, cache, coherence,
                validator != null ? new CommandValidator(validator) : CommandValidator.ofDefaults(), ids, tokens,
                new AuditLog(clock, ids), hooks, new MailQueue(sealer, ids, () -> afterHostCommit.execute(outbox::wake), touched), events);
        Authorizer authorizer = new Authorizer(checked, resolver);
        Guards guards = new Guards(checked);
        UserRules rules = new UserRules(checked, resolver);
        Authority authority = new Authority(resolver);
        UserWriter writer = new UserWriter(resolver, guards, authority, coherence);
        InvitationIssuer issuer = new InvitationIssuer(ctx, guards, rules, authority);
        DefaultUserService users = new DefaultUserService(ctx, authorizer, guards, rules, writer);
        DefaultInviteeService invitees = new DefaultInviteeService(ctx, authorizer, guards, rules, writer, issuer,
                passwords != null && passwords.requiredAtAcceptance());
        DefaultCredentialService credentials = passwords == null ? null
                : new DefaultCredentialService(ctx, authorizer, authority, passwords, users, invitees, sessions, resetLinks != null);
        // On the system clock, validation reads a coarse copy of it; an injected clock is read as it is.
        DefaultSessionService sessionService = credentials == null || sessions == null ? null : new DefaultSessionService(ctx, authorizer,
                authority, sessions, credentials.signIn(), permissionCacheSize, this.clock.getClass() == Clock.systemUTC().getClass());
        DefaultDirectory directory = new DefaultDirectory(ctx, authorizer, guards);
        return new Roster(checked,
                new DefaultTenantService(ctx, authorizer, writer, authority),
                users,
                new DefaultLifecycleService(ctx, authorizer, guards, rules, writer),
                new DefaultInvitationService(ctx, authorizer, issuer),
                invitees,
                new DefaultGroupService(ctx, authorizer, authority),
                new DefaultPermissionService(store, resolver, cache, authorizer),
                directory,
                new DefaultAuditTrail(ctx, authorizer),
                outbox,
                credentials,
                sessionService,
                new DefaultImportService(ctx, authorizer, issuer, guards),
                new DefaultExportService(ctx, authorizer, directory),
                resources(coherence, dispatcher, sessionService), ctx.clock());
    }

    /** What {@link Roster#close()} ends: the change feed's subscription, the outbox worker and the sessions' clock. */
    private List<AutoCloseable> resources(CacheCoherence coherence, Dispatcher dispatcher, DefaultSessionService sessionService) {
        List<AutoCloseable> resources = new ArrayList<>();
        ChangeFeed.Subscription subscription = coherence.listen(store);
        if (subscription != null) {
            resources.add(subscription);
        }
        if (dispatcher != null) {
            resources.add(dispatcher::stopWorker);
        }
        if (sessionService != null) {
            resources.add(sessionService);
        }
        return resources;
    }

    /** Where invitation mail links to; a link template must lead somewhere, or a mail would carry a dead link. */
    private InvitationLinks links() {
        if (mail == null) {
            require(invitationLink == null, "no .invitationLink(...) when it sends no mail (.withoutMail()): only mail uses it");
            return null;
        }
        require(invitationLink != null, "where invitations link to: .invitationLink(\"https://app.example.com/invite?token={token}\"), "
                + "the page of your application that previews an invitation");
        return checkedLink("invitation", invitationLink);
    }

    /** Where reset mail links to: null when there is no reset by mail (no mail, or no link configured). */
    private InvitationLinks resetLinks() {
        if (passwordResetLink == null) {
            return null;
        }
        require(mail != null, "mail to send reset links with: .mail(...), or no .passwordResetLink(...)");
        require(passwords != null, "passwords to reset: .passwords(...), or no .passwordResetLink(...)");
        return checkedLink("password-reset", passwordResetLink);
    }

    /** A link template that carries its token to an absolute http(s) address. */
    private static InvitationLinks checkedLink(String what, String template) {
        require(template.contains("{token}"), "a {token} placeholder in the " + what + " link " + template
                + ", or the link could not carry its token");
        String sample = template.replace("{token}", "token").replace("{tenant}", "tenant");
        URI uri;
        try {
            uri = new URI(sample);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Roster.builder() needs an " + what + " link that is a valid address, not " + template, e);
        }
        require(uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null, "an absolute http(s) " + what + " link (a mail cannot follow " + template + ")");
        return new InvitationLinks(template);
    }

    private static void require(boolean given, String what) {
        if (!given) {
            throw new IllegalStateException("Roster.builder() needs " + what);
        }
    }
}
