package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.policy.Operation;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A member's page: profile, roles, each permission with the layer that decided it, sessions, sign-in attempts, audit entries. */
public final class PersonPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int LATEST = 20;

    private final Roster roster;
    private final Permissions permissions;
    private final MemberEdits edits;

    public PersonPage(Roster roster) {
        this.roster = roster;
        this.permissions = new Permissions(roster);
        this.edits = new MemberEdits(roster, permissions);
    }

    /** Saves an edit form of a member's page, if the request is one; Roster checks the actor. */
    public java.util.Optional<String> save(ConsoleRequest request, Actor actor) {
        return edits.save(request, actor);
    }

    public PersonView view(ConsoleRequest request, Actor actor, String csrf, UserId id) {
        User user = roster.users().get(actor, id);
        String base = request.base();
        List<PersonView.Field> profile = new ArrayList<>();
        profile.add(new PersonView.Field("Email", user.email().value()));
        add(profile, "First name", user.profile().firstName());
        add(profile, "Last name", user.profile().lastName());
        add(profile, "Username", user.profile().username());
        add(profile, "Phone", user.profile().phone());
        add(profile, "Time zone", user.profile().timezone() == null ? null : user.profile().timezone().getId());
        add(profile, "External ID", user.profile().externalId());
        profile.add(new PersonView.Field("User type", roster.policy().userType(user.userType()).label()));
        profile.add(new PersonView.Field("Roles", user.lastRoles().stream().map(RoleId::value).sorted().collect(Collectors.joining(", "))));
        profile.add(new PersonView.Field("Status", user.status().name().charAt(0) + user.status().name().substring(1).toLowerCase(Locale.ROOT)));
        profile.add(new PersonView.Field("Joined", WHEN.format(user.createdAt())));
        profile.add(new PersonView.Field("Last login", user.lastLoginAt() == null ? "never" : WHEN.format(user.lastLoginAt())));

        List<PersonView.Decision> decisions = roster.policy().permissions().stream().sorted().map(p -> decision(actor, user, p)).toList();
        List<PersonView.SessionRow> sessions = optional(() -> roster.sessions().sessionsOf(actor, id).stream()
                .map(s -> new PersonView.SessionRow(device(s.browser(), s.os()), nullToDash(s.ip()), WHEN.format(s.startedAt()),
                        WHEN.format(s.lastActiveAt()), base + "/sessions/" + s.id() + "/end?user=" + id)).toList());
        List<PersonView.Attempt> attempts = optional(() -> roster.credentials().signInAttempts(actor,
                new SignInQuery(actor.tenant(), id, null, null, null, null, null, LATEST)).items().stream()
                .map(a -> new PersonView.Attempt(WHEN.format(a.at()), nullToDash(a.ip()), a.succeeded() ? "Success" : "Failed", reason(a.reason().name())))
                .toList());
        Map<UserId, String> names = new java.util.HashMap<>();
        List<PersonView.Entry> audit = optional(() -> roster.audit().list(actor, AuditListRequest.forTarget(AuditActions.TARGET_USER, id.toString(),
                LATEST)).items().stream().map(e -> new PersonView.Entry(WHEN.format(e.at()), e.action(),
                e.actor() == null ? "the system" : names.computeIfAbsent(e.actor(), who -> addressOf(actor, who)), details(e.details()))).toList());

        List<UsersView.Action> actions = new ArrayList<>();
        String target = base + "/users/" + id;
        if (sessions != null && !sessions.isEmpty()) {
            actions.add(new UsersView.Action("End every session", target + "/end-sessions", true));
        }
        boolean passwords = optional(() -> roster.credentials()) != null;
        if (passwords && permissions.may(actor, Operation.SUSPEND)) {
            actions.add(new UsersView.Action("Unlock sign-in", target + "/unlock", false));
        }
        if (passwords && permissions.may(actor, Operation.RESET_PASSWORD) && !roster.policy().isPublic(user.userType())) {
            actions.add(new UsersView.Action("Reset the password", target + "/reset-password", true));
        }
        return new PersonView(base, csrf, id.toString(), user.profile().displayName(), profile, decisions, sessions, attempts, audit, actions,
                Notices.notice(request.param("done").orElse(null)),
                Notices.problem(request.param("problem").orElse(null), request.param("field").orElse(null)), edits.forms(actor, user, decisions.stream().anyMatch(PersonView.Decision::overridable)));
    }

    private PersonView.Decision decision(Actor actor, User user, Permission permission) {
        var d = roster.permissions().explain(actor, user.id(), permission);
        var override = user.overrides().get(permission);
        return new PersonView.Decision(permission.value(), d.granted() ? "Yes" : "No", d.layer().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                d.source() == null ? "" : d.source(), override == null ? MemberEdits.INHERIT : override.name(),
                override != null || roster.policy().isOverridable(user.roles(), permission));
    }

    /** Who acted, by address; one removed since is named by its id. */
    private String addressOf(Actor actor, UserId who) {
        String address = optional(() -> roster.users().get(actor, who).email().value());
        return address != null ? address : who.toString();
    }

    /** A section this actor may not read, or this Roster was built without, is left out. */
    private static <T> T optional(Supplier<T> read) {
        try {
            return read.get();
        } catch (RosterException | IllegalStateException e) {
            return null;
        }
    }

    private static void add(List<PersonView.Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new PersonView.Field(label, value));
        }
    }

    private static String device(String browser, String os) {
        String d = ((browser == null ? "" : browser) + (browser != null && os != null ? " on " : "") + (os == null ? "" : os)).strip();
        return d.isEmpty() ? "Unknown device" : d;
    }

    private static String reason(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String nullToDash(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }

    static String details(Map<String, String> details) {
        return details.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** How every page shows an instant. */
    static String when(Instant at) {
        return WHEN.format(at);
    }
}
