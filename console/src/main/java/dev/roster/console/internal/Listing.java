package dev.roster.console.internal;

import dev.roster.core.policy.Policy;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which list the people page shows, as its address says: the tab, search, filters and order. A value the
 * policy does not know, or that is malformed, is dropped rather than trusted. The same list is what an
 * export writes.
 *
 * @param tab the status tab
 * @param text the search text
 * @param role a role's id, or ""
 * @param type a user type, or ""
 * @param from the first day of registration (UTC), or null
 * @param to the last day of registration (UTC), or null
 * @param promo a promo code used at sign-up, or ""
 * @param sort the order
 * @param descending whether it runs backwards
 */
record Listing(Tabs tab, String text, String role, String type, LocalDate from, LocalDate to, String promo, UserSort sort, boolean descending) {
    private static final java.util.regex.Pattern PROMO = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The list named by these parameters (a query string's or a form's). */
    static Listing of(Function<String, java.util.Optional<String>> param, Policy policy) {
        UserSort sort = UserSort.CREATED;
        for (UserSort s : UserSort.values()) {
            if (s.name().equalsIgnoreCase(param.apply("sort").orElse(""))) {
                sort = s;
            }
        }
        boolean descending = !"asc".equals(param.apply("dir").orElse(sort == UserSort.CREATED ? "desc" : "asc"));
        String role = param.apply("role").filter(r -> policy.roles().keySet().stream().anyMatch(id -> id.value().equals(r))).orElse("");
        String type = param.apply("type").filter(t -> policy.userTypes().contains(t)).orElse("");
        return new Listing(Tabs.named(param.apply("tab").orElse("")), param.apply("q").orElse(""), role, type, Days.parse(param.apply("from").orElse("")),
                Days.parse(param.apply("to").orElse("")), param.apply("promo").filter(p -> PROMO.matcher(p).matches()).orElse(""), sort, descending);
    }

    /** The parameters of a form's hidden {@code back} field, which holds the page's own query string. */
    static Listing ofQuery(String query, Policy policy) {
        Map<String, List<String>> params = Forms.parse(Links.ownQuery(query));
        return of(name -> params.getOrDefault(name, List.of()).stream().findFirst(), policy);
    }

    /**
     * Whether it filters on what only members have (when and how they registered): it is then a list of
     * members, read as one. Invitations have neither, so the pending tab ignores these filters.
     */
    boolean membersOnly() {
        return tab != Tabs.PENDING && (from != null || to != null || !promo.isEmpty());
    }

    PeopleListRequest people(int limit) {
        return PeopleListRequest.everyone(limit).withStatuses(tab.statuses()).withRoles(roles()).withUserTypes(types()).withSort(sort, descending)
                .withText(text);
    }

    /**
     * The members of the tab: its statuses as a member's, the public tab by the policy's public types.
     * Null when nothing can match (the public tab filtered by a type that is not public).
     */
    UserListRequest members(Policy policy, int limit) {
        Set<UserStatus> statuses = EnumSet.noneOf(UserStatus.class);
        for (PersonStatus status : tab.statuses()) {
            if (status.memberStatus() != null) {
                statuses.add(status.memberStatus());
            }
        }
        Set<String> types = types();
        if (tab == Tabs.PUBLIC) {
            if (!type.isEmpty() && !policy.publicUserTypes().contains(type)) {
                return null;
            }
            types = type.isEmpty() ? policy.publicUserTypes() : types;
        }
        return UserListRequest.all(limit).withStatuses(statuses).withText(text).withRoles(roles()).withUserTypes(types).withSort(sort, descending)
                .withRegistration(from == null ? null : start(from), to == null ? null : start(to.plusDays(1)), promo.isEmpty() ? null : promo);
    }

    /** The page's parameters, in the order links write them. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("tab", tab.key());
        params.put("q", text);
        params.put("role", role);
        params.put("type", type);
        params.put("from", from == null ? "" : from.toString());
        params.put("to", to == null ? "" : to.toString());
        params.put("promo", promo);
        params.put("sort", sort.name().toLowerCase(Locale.ROOT));
        params.put("dir", descending ? "desc" : "asc");
        return params;
    }

    /** The same list without its search text and registration period (an address whose search or period could not be used). */
    Listing withoutTextAndPeriod() {
        return new Listing(tab, "", role, type, null, null, promo, sort, descending);
    }

    private Set<RoleId> roles() {
        return role.isEmpty() ? null : Set.of(RoleId.of(role));
    }

    private Set<String> types() {
        return type.isEmpty() ? null : Set.of(type);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
