package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.error.ValidationException;
import dev.roster.core.policy.Operation;
import dev.roster.core.query.OnboardingKpis;
import dev.roster.core.query.PeopleCounts;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.query.PeoplePage;
import dev.roster.core.query.SeatUsage;
import dev.roster.core.query.StatCards;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.store.UserSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The people list: tabs with counts, figures, search, order, pages, and each row's actions. */
public final class UsersPage {
    private static final int PAGE_SIZE = 25;
    /** How many earlier pages "Previous" remembers; further back, "First page" starts over. */
    private static final int REMEMBERED_PAGES = 30;

    private final Roster roster;
    private final Permissions permissions;

    public UsersPage(Roster roster) {
        this.roster = roster;
        this.permissions = new Permissions(roster);
    }

    public UsersView view(ConsoleRequest request, Actor actor, String csrf, boolean signOut) {
        Listing listing = Listing.of(request::param, roster.policy());
        String cursor = request.param("cursor").orElse(null);
        List<String> earlier = earlier(request.param("prev").orElse(""));
        String problem = Notices.problem(request.param("problem").orElse(null), request.param("field").orElse(null));

        PeopleCounts counts = roster.directory().peopleCounts(actor);
        PeoplePage page;
        try {
            page = list(actor, listing, cursor);
        } catch (ValidationException e) {
            // An address edited by hand, or a cursor of another order: start the list over rather than fail.
            listing = listing.withoutTextAndPeriod();
            cursor = null;
            earlier = List.of();
            problem = "The list started over: its address held a search, a period or a position it could not use.";
            page = list(actor, listing, null);
        }
        String shownCursor = cursor;
        List<String> trail = earlier;
        Tabs tab = listing.tab();
        String text = listing.text();
        UserSort sort = listing.sort();
        boolean descending = listing.descending();
        Map<String, String> params = listing.params();
        String base = request.base();
        List<UsersView.Tab> tabs = Tabs.shown(roster.policy(), counts).stream()
                .map(t -> new UsersView.Tab(t.label(), t.count(counts), Links.to(base, "/users", Map.of("tab", t.key())), t == tab)).toList();
        Listing shownListing = listing;

        // Where a form brings the list back to: this page, without the trail of earlier pages (it can be long).
        Map<String, String> here = new LinkedHashMap<>(params);
        here.put("cursor", cursor);
        String next = page.nextCursor().map(c -> {
            List<String> stack = new ArrayList<>(trail);
            if (shownCursor != null) {
                stack.add(shownCursor);
            }
            Map<String, String> p = new LinkedHashMap<>(params);
            p.put("cursor", c);
            p.put("prev", String.join(".", stack.subList(Math.max(0, stack.size() - REMEMBERED_PAGES), stack.size())));
            return Links.to(base, "/users", p);
        }).orElse(null);
        String previous = null;
        if (cursor != null) {
            Map<String, String> p = new LinkedHashMap<>(params);
            if (!earlier.isEmpty()) {
                p.put("cursor", earlier.get(earlier.size() - 1));
                p.put("prev", String.join(".", earlier.subList(0, earlier.size() - 1)));
            }
            previous = Links.to(base, "/users", p);
        }
        String first = cursor == null ? null : Links.to(base, "/users", params);

        PeoplePage shown = page;
        List<UsersView.Row> rows = page.items().stream().map(p -> row(p, shown, actor, base)).toList();
        return new UsersView(base, csrf, Links.query(here), tab.key(), tabs, cards(actor), text, sort.name().toLowerCase(Locale.ROOT), descending,
                Arrays.stream(UserSort.values()).map(s -> new UsersView.Option(s.name().toLowerCase(Locale.ROOT), sortLabel(s), s == sort)).toList(),
                filterOptions(listing.role(), listing.type()), registration(shownListing), rows, first, previous, next,
                problem == null ? notice(request) : null, problem,
                permissions.may(actor, Operation.INVITE) ? inviteForm(actor) : null, roster.policy().maxBatchInvites(),
                tab != Tabs.PENDING && permissions.may(actor, Operation.EXPORT_USERS), signOut);
    }

    /** The page of the list: of people, or of members when it filters on how they registered. */
    private PeoplePage list(Actor actor, Listing listing, String cursor) {
        if (!listing.membersOnly()) {
            return roster.directory().listPeople(actor, listing.people(PAGE_SIZE).withCursor(cursor));
        }
        var members = listing.members(roster.policy(), PAGE_SIZE);
        if (members == null) {
            return new PeoplePage(List.of(), java.util.Optional.empty(), Map.of());
        }
        var page = roster.directory().listUsers(actor, members.withCursor(cursor));
        Set<String> publicTypes = roster.policy().publicUserTypes();
        return new PeoplePage(page.items().stream().map(u -> Person.member(u, publicTypes)).toList(), page.nextCursor(), Map.of());
    }

    /** The registration filters, which only members have: not offered on the invitations' tab. */
    private static UsersView.Registration registration(Listing listing) {
        return listing.tab() == Tabs.PENDING ? null : new UsersView.Registration(listing.from() == null ? "" : listing.from().toString(),
                listing.to() == null ? "" : listing.to().toString(), listing.promo());
    }

    private List<UsersView.Card> cards(Actor actor) {
        StatCards stats = roster.directory().statCards(actor);
        OnboardingKpis kpis = roster.directory().onboarding(actor);
        SeatUsage seats = roster.directory().seatUsage(actor);
        List<UsersView.Card> cards = new ArrayList<>();
        cards.add(new UsersView.Card("Total users", Long.toString(stats.total())));
        cards.add(new UsersView.Card("Active", Long.toString(stats.active())));
        cards.add(new UsersView.Card("Suspended", Long.toString(stats.suspended())));
        cards.add(new UsersView.Card("Invited", Long.toString(kpis.invited())));
        cards.add(new UsersView.Card("Completed", Long.toString(kpis.completed())));
        cards.add(new UsersView.Card("Pending", Long.toString(kpis.pending())));
        cards.add(new UsersView.Card("Completion rate", kpis.invited() == 0 ? "–" : kpis.completionRate().toPlainString() + "%"));
        cards.add(new UsersView.Card("Seats", seats.used() + (seats.limit().isPresent() ? " of " + seats.limit().getAsInt() : "")));
        return cards;
    }

    private UsersView.Row row(Person p, PeoplePage page, Actor actor, String base) {
        String roles = p.roles().stream().map(RoleId::value).sorted().collect(Collectors.joining(", "));
        String lastLogin = p.lastLoginAt().map(PersonPage::when).orElse(p.isInvitation() ? "" : "never");
        List<UsersView.Action> actions = new ArrayList<>();
        if (p.isInvitation()) {
            String target = base + "/invitations/" + p.id();
            if (permissions.may(actor, Operation.INVITE)) {
                actions.add(new UsersView.Action("Resend", target + "/resend", false));
                actions.add(new UsersView.Action("Revoke", target + "/revoke", true));
            }
        } else {
            String target = base + "/users/" + p.id();
            boolean self = actor.userId().map(id -> id.value().equals(p.id())).orElse(false);
            switch (p.status()) {
                case ACTIVE, PUBLIC -> {
                    if (permissions.may(actor, Operation.SUSPEND) && !self) {
                        actions.add(new UsersView.Action("Suspend", target + "/suspend", false));
                    }
                    if (permissions.may(actor, Operation.DELETE) && !self) {
                        actions.add(new UsersView.Action("Delete", target + "/delete", true));
                    }
                }
                case SUSPENDED -> {
                    if (permissions.may(actor, Operation.SUSPEND)) {
                        actions.add(new UsersView.Action("Reactivate", target + "/reactivate", false));
                    }
                    if (permissions.may(actor, Operation.DELETE)) {
                        actions.add(new UsersView.Action("Delete", target + "/delete", true));
                    }
                }
                case DELETED -> {
                    if (permissions.may(actor, Operation.RESTORE)) {
                        actions.add(new UsersView.Action("Restore", target + "/restore", false));
                    }
                    if (permissions.may(actor, Operation.PURGE)) {
                        actions.add(new UsersView.Action("Delete permanently", target + "/purge", true));
                    }
                }
                default -> { }
            }
        }
        String status = statusLabel(p.status());
        if (p.isInvitation()) {
            status += " · mail " + mailLabel(page.mailOf(p));
        }
        return new UsersView.Row(p.name().orElse(""), p.isInvitation() ? null : base + "/users/" + p.id(), p.email().value(), roles, p.userType(), status, lastLogin, actions);
    }

    /** What the last action did; a batch reports its two counts, read as numbers only. */
    private static String notice(ConsoleRequest request) {
        String done = request.param("done").orElse(null);
        if (!"batch".equals(done)) {
            return Notices.notice(done);
        }
        String sent = request.param("sent").filter(n -> n.matches("\\d{1,4}")).orElse("0");
        String refused = request.param("refused").filter(n -> n.matches("\\d{1,4}")).orElse("0");
        return sent + (sent.equals("1") ? " invitation" : " invitations") + " sent; " + refused + (refused.equals("1") ? " address" : " addresses")
                + " refused.";
    }

    /** The role and user-type filters: the policy's own, "any" first. */
    private UsersView.Filters filterOptions(String role, String type) {
        var policy = roster.policy();
        List<UsersView.Option> roles = new ArrayList<>();
        roles.add(new UsersView.Option("", "Any role", role.isEmpty()));
        policy.roles().values().stream().sorted(java.util.Comparator.comparing(r -> r.id().value()))
                .forEach(r -> roles.add(new UsersView.Option(r.id().value(), r.label(), r.id().value().equals(role))));
        List<UsersView.Option> types = new ArrayList<>();
        types.add(new UsersView.Option("", "Any type", type.isEmpty()));
        policy.userTypes().stream().sorted().forEach(t -> types.add(new UsersView.Option(t, policy.userType(t).label(), t.equals(type))));
        return new UsersView.Filters(roles, types);
    }

    /** The roles offered are those the actor could give someone of the default type; Roster checks the type chosen. */
    private UsersView.InviteForm inviteForm(Actor actor) {
        var policy = roster.policy();
        Set<RoleId> grantable = roster.permissions().grantableRoles(actor, policy.defaultUserType());
        List<UsersView.Option> roles = policy.roles().values().stream().filter(r -> grantable.contains(r.id()))
                .sorted(java.util.Comparator.comparing(r -> r.id().value()))
                .map(r -> new UsersView.Option(r.id().value(), r.label(), r.id().equals(policy.defaultRole()))).toList();
        List<UsersView.Option> types = policy.userTypes().stream().sorted().filter(t -> !policy.isPublic(t))
                .map(t -> new UsersView.Option(t, policy.userType(t).label(), t.equals(policy.defaultUserType()))).toList();
        // The flags a form may set: the permissions some role lets an admin grant per user (Roster checks them against the role chosen).
        List<UsersView.Option> flags = policy.roles().values().stream().flatMap(r -> r.overridable().stream()).distinct()
                .sorted(java.util.Comparator.comparing(dev.roster.spi.model.Permission::value))
                .map(p -> new UsersView.Option(p.value(), p.value(), false)).toList();
        return roles.isEmpty() ? null : new UsersView.InviteForm(roles, types, flags);
    }

    private static String mailLabel(dev.roster.core.mail.MailStatus mail) {
        return switch (mail.delivery()) {
            case NONE -> "not sent";
            case QUEUED -> mail.attempts() == 0 ? "queued" : "queued, retrying after " + mail.attempts() + (mail.attempts() == 1 ? " try" : " tries");
            case SENT -> "sent";
            case FAILED -> "failed after " + mail.attempts() + (mail.attempts() == 1 ? " try" : " tries");
        };
    }

    private static String statusLabel(PersonStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case PENDING -> "Pending";
            case DELETED -> "Deleted";
            case PUBLIC -> "Public";
        };
    }

    private static String sortLabel(UserSort sort) {
        return switch (sort) {
            case CREATED -> "Joined or invited";
            case NAME -> "Name";
            case EMAIL -> "Email";
            case LAST_LOGIN -> "Last login";
        };
    }

    /** The cursors of the pages before this one, oldest first; a malformed list is forgotten, never trusted. */
    private static List<String> earlier(String joined) {
        if (joined.isEmpty() || !joined.matches("[A-Za-z0-9_.-]{1,20000}")) {
            return List.of();
        }
        List<String> cursors = List.of(joined.split("\\."));
        return cursors.size() > REMEMBERED_PAGES ? cursors.subList(cursors.size() - REMEMBERED_PAGES, cursors.size()) : cursors;
    }

}
