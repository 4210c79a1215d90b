package dev.roster.spi.store;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** {@link StoreTransaction#people}'s default: the people list from the members' list and the invitations' list. */
final class PeopleFromPorts {
    /** All ones: after every id in the unsigned order stores use, and no id Roster makes (not version 7, nor 4). */
    private static final UserId AFTER_EVERY_ID = UserId.of(new UUID(-1L, -1L));
    private static final int INVITATIONS_PER_READ = 500;

    private PeopleFromPorts() {
    }

    static Page<Person> page(StoreTransaction tx, PeopleQuery q) {
        List<Person> found = new ArrayList<>();
        if (q.listsMembers()) {
            members(tx.userQueries(), q, found);
        }
        if (q.listsInvitations()) {
            invitees(tx.invitations(), q, found);
        }
        Comparator<PersonKeyset> order = q.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        found.sort(Comparator.comparing(p -> q.sort().positionOf(p), order));
        return Page.ofOneMore(found.subList(0, Math.min(found.size(), q.limit() + 1)), q.limit());
    }

    /** Up to a page and one of the members that follow the position, judged ACTIVE or PUBLIC one by one. */
    private static void members(UserQueryStore users, PeopleQuery q, List<Person> found) {
        Set<UserStatus> statuses = EnumSet.noneOf(UserStatus.class);
        for (PersonStatus status : q.statuses()) {
            if (status.memberStatus() != null) {
                statuses.add(status.memberStatus());
            }
        }
        // After an invitation at key k: members with a key beyond k, or equal to it in a descending list
        // (members come first on equal keys): exactly those beyond (k, an id after every id).
        UserKeyset after = q.after() == null ? null
                : new UserKeyset(q.after().key(), q.after().invitation() ? AFTER_EVERY_ID : UserId.of(q.after().id()));
        UserQuery query = new UserQuery(q.tenant(), q.now(), statuses, q.text(), q.anyRole(), q.userTypes(), null, null, null, q.sort(),
                q.descending(), after, q.limit() + 1);
        int kept = 0;
        while (true) {
            Page<User> page = users.search(query);
            for (User user : page.items()) {
                Person person = Person.member(user, q.publicTypes());
                if (q.statuses().isEmpty() || q.statuses().contains(person.status())) {
                    found.add(person);
                    kept++;
                }
            }
            if (kept > q.limit() || !page.hasMore() || page.items().isEmpty()) {
                return;
            }
            User last = page.items().get(page.items().size() - 1);
            query = query.continuing(new UserKeyset(q.sort().keyOf(last), last.id()));
        }
    }

    /** Every open invitation of the tenant that matches and follows the position. */
    private static void invitees(InvitationStore invitations, PeopleQuery q, List<Person> found) {
        int direction = q.descending() ? -1 : 1;
        InvitationQuery query = new InvitationQuery(q.tenant(), Set.of(InvitationStatus.PENDING), q.now(), null, null, INVITATIONS_PER_READ);
        while (true) {
            Page<Invitation> page = invitations.search(query);
            for (Invitation invitation : page.items()) {
                Person person = Person.invitee(invitation);
                if (matches(q, invitation) && (q.after() == null || direction * q.sort().positionOf(person).compareTo(q.after()) > 0)) {
                    found.add(person);
                }
            }
            if (!page.hasMore() || page.items().isEmpty()) {
                return;
            }
            Invitation last = page.items().get(page.items().size() - 1);
            query = new InvitationQuery(q.tenant(), query.statuses(), q.now(), null, new InvitationKeyset(last.createdAt(), last.id()),
                    INVITATIONS_PER_READ);
        }
    }

    private static boolean matches(PeopleQuery q, Invitation invitation) {
        return (q.text() == null || contains(invitation.invitee().shownName(), q.text()) || contains(invitation.email().canonical(), q.text()))
                && (q.anyRole().isEmpty() || invitation.roles().stream().anyMatch(q.anyRole()::contains))
                && (q.userTypes().isEmpty() || q.userTypes().contains(invitation.userType()));
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
