package dev.roster.adapters.jdbc;

import dev.roster.spi.model.RoleId;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import java.util.Locale;
import java.util.Set;

/**
 * The filters a member list and the people view share, as SQL over {@code roster_user} or
 * {@code roster_invitation}: both tables keep the same name and email keys, search text and role lists.
 */
final class ListConditions {
    private final Dialect dialect;

    ListConditions(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Three characters or more: a substring of the search text, which PostgreSQL answers from the
     * trigram index. Shorter: a prefix of the name, email or username key, answered by B-tree indexes.
     */
    void text(Where where, String text, boolean hasUsername) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() >= UserQuery.MIN_SUBSTRING_LENGTH || !dialect.hasTrigramIndex()) {
            where.and("search_text LIKE ?" + Like.ESCAPE, p -> p.string(Like.contains(lower)));
            return;
        }
        String prefix = Like.startsWith(lower);
        if (!hasUsername) {
            where.and("(name_key LIKE ?" + Like.ESCAPE + " OR email_key LIKE ?" + Like.ESCAPE + ")", p -> p.string(prefix).string(prefix));
            return;
        }
        where.and("(name_key LIKE ?" + Like.ESCAPE + " OR email_key LIKE ?" + Like.ESCAPE + " OR username_key LIKE ?" + Like.ESCAPE + ")",
                p -> p.string(prefix).string(prefix).string(prefix));
    }

    /**
     * Holds one of the roles; with {@code orHeldBeforeDeletion}, a deleted user is found by the roles it
     * had (the members' lists keep their indexed condition alone).
     */
    void anyRole(Where where, Set<RoleId> roles, boolean orHeldBeforeDeletion) {
        String condition = dialect.anyRole("roles", roles.size());
        if (orHeldBeforeDeletion) {
            condition = "(" + condition + " OR (status = 'DELETED' AND " + dialect.anyRole("prior_roles", roles.size()) + "))";
        }
        where.and(condition, p -> {
            for (int pass = 0; pass < (orHeldBeforeDeletion ? 2 : 1); pass++) {
                for (RoleId role : roles) {
                    p.string(dialect.anyRoleBinding(role.value()));
                }
            }
        });
    }

    static void userTypes(Where where, Set<String> types) {
        where.and("user_type IN (" + Where.placeholders(types.size()) + ")", p -> {
            for (String type : types) {
                p.string(type);
            }
        });
    }

    /** The column a member list sorts by. */
    static String keyColumn(UserSort sort) {
        return switch (sort) {
            case CREATED -> "created_at";
            case NAME -> "name_key";
            case EMAIL -> "email_key";
            case LAST_LOGIN -> "last_login_key";
        };
    }
}
