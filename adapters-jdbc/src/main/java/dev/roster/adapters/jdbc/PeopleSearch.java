package dev.roster.adapters.jdbc;

import dev.roster.spi.model.Person;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.PeopleQuery;
import dev.roster.spi.store.PersonKeyset;
import dev.roster.spi.store.UserSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The people view in one statement. Each branch (members, open invitations) walks its own index in
 * the list's order and stops after a page; UNION ALL merges the two short runs by (key, kind, id).
 */
final class PeopleSearch {
    private static final int MEMBER = 0;
    private static final int INVITATION = 1;
    /** {@link UserSort#NEVER} as SQL: every invitation's last-login key. */
    private static final String NEVER = "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'";
    private static final String INVITATION_PREFIX = "inv_";
    /**
     * Each branch selects both tables' columns, the other table's as NULLs, so the merged rows need
     * no second read: a member's columns first (read by position), an invitation's under a prefix.
     */
    private static final String INVITATION_COLUMNS = InvitationRows.aliased(INVITATION_PREFIX);
    private static final String INVITATION_NULLS = InvitationRows.aliasedNulls(INVITATION_PREFIX);
    private static final String MEMBER_NULLS = Arrays.stream(UserRows.SELECT_COLUMNS.split(",\\s*"))
            .map(column -> "NULL AS " + column).collect(Collectors.joining(", "));

    private final Sql sql;
    private final Dialect dialect;
    private final ListConditions conditions;

    PeopleSearch(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.conditions = new ListConditions(dialect);
    }

    Page<Person> search(PeopleQuery q) {
        String direction = q.descending() ? "DESC" : "ASC";
        // By the output names: a branch also outputs the other table's columns (as NULLs) under their own names.
        String branchOrder = " ORDER BY k " + direction + ", id " + direction;
        Where members = q.listsMembers() ? members(q) : null;
        Where invitations = q.listsInvitations() ? invitations(q) : null;
        if (members == null && invitations == null) {
            return new Page<>(List.of(), false);
        }
        boolean both = members != null && invitations != null;
        List<String> branches = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        if (members != null) {
            branches.add("SELECT " + UserRows.SELECT_COLUMNS + (both ? ", " + INVITATION_NULLS : "") + ", " + MEMBER + " AS person_kind, "
                    + ListConditions.keyColumn(q.sort()) + " AS k, user_id AS id FROM roster_user WHERE " + members + branchOrder + " LIMIT ?");
            wheres.add(members);
        }
        if (invitations != null) {
            branches.add("SELECT " + (both ? MEMBER_NULLS + ", " : "") + INVITATION_COLUMNS + ", " + INVITATION + " AS person_kind, "
                    + invitationKey(q.sort()) + " AS k, invitation_id AS id FROM roster_invitation WHERE " + invitations + branchOrder + " LIMIT ?");
            wheres.add(invitations);
        }
        // One kind alone is its own page; two are merged by (key, kind, id).
        String statement = !both ? branches.get(0) : "SELECT * FROM ((" + branches.get(0) + ") UNION ALL (" + branches.get(1)
                + ")) people ORDER BY k " + direction + ", person_kind " + direction + ", id " + direction + " LIMIT ?";
        UserRows.Reader users = new UserRows.Reader();
        Sql.Binder binder = p -> {
            for (Where where : wheres) {
                where.bind(p);
                p.number(q.limit() + 1L);
            }
            if (both) {
                p.number(q.limit() + 1L);
            }
        };
        Sql.Row<Person> person = rs -> rs.getInt("person_kind") == MEMBER ? Person.member(users.user(rs), q.publicTypes())
                : Person.invitee(InvitationRows.invitation(rs, INVITATION_PREFIX));
        List<Person> rows = plannedOnce(q, both) ? sql.listWithGenericPlan("search people", statement, binder, person)
                : sql.list("search people", statement, binder, person);
        return Page.ofOneMore(rows, q.limit());
    }

    /**
     * Whether the page gets the plan made once (see {@link Sql#listWithGenericPlan}). Planning the
     * union costs PostgreSQL about four times running it, and only the union: one kind alone plans as
     * fast as the members-only list. The plan walks each branch's index in the list's order, right when
     * the rows asked for are common: a page of active members, with or without the other statuses. A
     * search text, a role, a user type, or only rarer statuses get a plan made for their values (a rare
     * term wants the trigram or role index and a sort, not a walk of the whole tenant).
     */
    private boolean plannedOnce(PeopleQuery q, boolean both) {
        return dialect == Dialect.POSTGRESQL && both && q.text() == null && q.anyRole().isEmpty() && q.userTypes().isEmpty()
                && (q.statuses().isEmpty() || q.statuses().contains(PersonStatus.ACTIVE));
    }

    /** The members' conditions, or null when the statuses asked for leave no member to list. */
    private Where members(PeopleQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        // A deleted user past its window is gone, whether or not the purge has run.
        where.and("(status <> 'DELETED' OR purge_after > ?)", p -> p.instant(q.now()));
        if (!q.statuses().isEmpty() && !memberStatuses(q, where)) {
            return null;
        }
        if (q.text() != null) {
            conditions.text(where, q.text(), true);
        }
        if (!q.anyRole().isEmpty()) {
            conditions.anyRole(where, q.anyRole(), q.statuses().isEmpty() || q.statuses().contains(PersonStatus.DELETED));
        }
        if (!q.userTypes().isEmpty()) {
            ListConditions.userTypes(where, q.userTypes());
        }
        if (q.after() != null) {
            after(where, q, ListConditions.keyColumn(q.sort()), "user_id", MEMBER);
        }
        return where;
    }

    /** Adds the status filter; false when it matches no member (PUBLIC alone, with no public type). */
    private static boolean memberStatuses(PeopleQuery q, Where where) {
        List<String> alternatives = new ArrayList<>();
        boolean active = q.statuses().contains(PersonStatus.ACTIVE);
        boolean shownPublic = q.statuses().contains(PersonStatus.PUBLIC) && !q.publicTypes().isEmpty();
        List<String> publicTypes = List.copyOf(q.publicTypes());
        boolean bindTypes = false;
        if (active && (shownPublic || publicTypes.isEmpty())) {
            alternatives.add("status = 'ACTIVE'");
        } else if (active || shownPublic) {
            alternatives.add("(status = 'ACTIVE' AND user_type " + (active ? "NOT IN" : "IN") + " (" + Where.placeholders(publicTypes.size()) + "))");
            bindTypes = true;
        }
        boolean typesBound = bindTypes;
        for (PersonStatus status : List.of(PersonStatus.SUSPENDED, PersonStatus.DELETED)) {
            if (q.statuses().contains(status)) {
                alternatives.add("status = '" + status.name() + "'");
            }
        }
        if (alternatives.isEmpty()) {
            return false;
        }
        where.and("(" + String.join(" OR ", alternatives) + ")", p -> {
            if (typesBound) {
                for (String type : publicTypes) {
                    p.string(type);
                }
            }
        });
        return true;
    }

    /** The open invitations' conditions, or null when the sort and position leave none to list. */
    private Where invitations(PeopleQuery q) {
        Where where = new Where("tenant_id = ?", p -> p.string(q.tenant().value()));
        where.and("status = 'PENDING' AND (expires_at IS NULL OR expires_at > ?)", p -> p.instant(q.now()));
        if (q.text() != null) {
            conditions.text(where, q.text(), false);
        }
        if (!q.anyRole().isEmpty()) {
            conditions.anyRole(where, q.anyRole(), false);
        }
        if (!q.userTypes().isEmpty()) {
            ListConditions.userTypes(where, q.userTypes());
        }
        if (q.after() == null) {
            return where;
        }
        if (q.sort() != UserSort.LAST_LOGIN) {
            after(where, q, invitationKey(q.sort()), "invitation_id", INVITATION);
            return where;
        }
        // Every invitation has the same key here: which of them follow the position is known before asking.
        int sign = q.descending() ? -1 : 1;
        int byKey = sign * UserSort.NEVER.compareTo((java.time.Instant) q.after().key());
        if (byKey < 0 || byKey == 0 && !q.after().invitation() && q.descending()) {
            return null;
        }
        if (byKey == 0 && q.after().invitation()) {
            where.and("invitation_id " + (q.descending() ? "<" : ">") + " ?", p -> p.uuid(q.after().id()));
        }
        return where;
    }

    /**
     * The rows of one kind that follow the position in (key, kind, id) order. Of the position's own kind:
     * (key, id) beyond it. Of the other kind: a key beyond it, or an equal one when that kind comes after.
     */
    private static void after(Where where, PeopleQuery q, String key, String id, int kind) {
        PersonKeyset after = q.after();
        String beyond = q.descending() ? "<" : ">";
        int afterKind = after.invitation() ? INVITATION : MEMBER;
        if (afterKind == kind) {
            where.and("(" + key + ", " + id + ") " + beyond + " (?, ?)", p -> {
                JdbcUserQueryStore.bindKey(p, after.key());
                p.uuid(after.id());
            });
            return;
        }
        boolean equalFollows = q.descending() ? kind < afterKind : kind > afterKind;
        where.and(key + " " + beyond + (equalFollows ? "=" : "") + " ?", p -> JdbcUserQueryStore.bindKey(p, after.key()));
    }

    private static String invitationKey(UserSort sort) {
        return switch (sort) {
            case CREATED -> "created_at";
            case NAME -> "name_key";
            case EMAIL -> "email_key";
            case LAST_LOGIN -> NEVER;
        };
    }
}
