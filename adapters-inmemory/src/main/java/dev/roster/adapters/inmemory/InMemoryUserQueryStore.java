package dev.roster.adapters.inmemory;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.DayCount;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserQueryStore;
import dev.roster.spi.store.UserSort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists and counts by scanning the tenant's users: fine for the sizes an in-memory store holds. */
final class InMemoryUserQueryStore implements UserQueryStore {
    private final InMemoryData data;

    InMemoryUserQueryStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Page<User> search(UserQuery q) {
        Comparator<User> order = order(q.sort());
        if (q.descending()) {
            order = order.reversed();
        }
        int direction = q.descending() ? -1 : 1;
        List<User> matches = tenantUsers(q.tenant())
                .filter(u -> !u.isPurgeable(q.now()))
                .filter(matches(q))
                .filter(u -> q.after() == null || direction * compareToKeyset(u, q.after(), q.sort()) > 0)
                .sorted(order)
                .limit(q.limit() + 1L)
                .toList();
        return Page.ofOneMore(matches, q.limit());
    }

    @Override
    public List<StatusTypeCount> countByStatusAndType(TenantId tenant, Instant now) {
        Map<UserStatus, Map<String, Long>> grouped = tenantUsers(tenant).filter(u -> !u.isPurgeable(now))
                .collect(Collectors.groupingBy(User::status, TreeMap::new, Collectors.groupingBy(User::userType, TreeMap::new, Collectors.counting())));
        List<StatusTypeCount> counts = new ArrayList<>();
        grouped.forEach((status, byType) -> byType.forEach((type, n) -> counts.add(new StatusTypeCount(status, type, n))));
        return counts;
    }

    @Override
    public List<DayCount> countRegistrationsByDay(TenantId tenant, Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Long> byDay = tenantUsers(tenant)
                .filter(u -> !u.createdAt().isBefore(from) && u.createdAt().isBefore(to))
                .collect(Collectors.groupingBy(u -> LocalDate.ofInstant(u.createdAt(), zone), TreeMap::new, Collectors.counting()));
        return byDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Map<String, Long> countByReferrerOrigin(TenantId tenant, Instant from, Instant to) {
        return Collections.unmodifiableMap(tenantUsers(tenant)
                .filter(u -> !u.createdAt().isBefore(from) && u.createdAt().isBefore(to))
                .collect(Collectors.groupingBy(u -> originOf(u), TreeMap::new, Collectors.counting())));
    }

    private static String originOf(User u) {
        String origin = u.registration().referrerOrigin();
        return origin == null ? "" : origin;
    }

    private Stream<User> tenantUsers(TenantId tenant) {
        return data.users.values().stream().filter(u -> u.tenantId().equals(tenant));
    }

    private static Predicate<User> matches(UserQuery q) {
        return u -> (q.statuses().isEmpty() || q.statuses().contains(u.status()))
                && (q.text() == null || Text.contains(u.profile().displayName(), q.text()) || Text.contains(u.email().addressKey(), q.text())
                        || Text.contains(u.profile().username(), q.text()))
                && (q.anyRole().isEmpty() || u.lastRoles().stream().anyMatch(q.anyRole()::contains))
                && (q.userTypes().isEmpty() || q.userTypes().contains(u.userType()))
                && (q.registeredFrom() == null || !u.createdAt().isBefore(q.registeredFrom()))
                && (q.registeredTo() == null || u.createdAt().isBefore(q.registeredTo()))
                && (q.promoCode() == null || q.promoCode().equals(u.registration().promoCode()))
                && (q.referredBy() == null || q.referredBy().equals(u.registration().referredBy()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<User> order(UserSort sort) {
        Comparator<User> byKey = (a, b) -> ((Comparable) sort.keyOf(a)).compareTo(sort.keyOf(b));
        return byKey.thenComparing(User::id);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareToKeyset(User user, UserKeyset keyset, UserSort sort) {
        int byKey = ((Comparable) sort.keyOf(user)).compareTo(keyset.key());
        return byKey != 0 ? byKey : user.id().compareTo(keyset.id());
    }
}
