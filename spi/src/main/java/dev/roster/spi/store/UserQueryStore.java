package dev.roster.spi.store;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Read-side questions about users: lists, counts and registration figures. */
public interface UserQueryStore {
    /**
     * One keyset page, ordered as {@link UserQuery} describes.
     *
     * @param query the filters and position
     * @return the page
     */
    Page<User> search(UserQuery query);

    /**
     * The same page as {@link #search}, with only the columns asked for, each as
     * {@link UserColumn#of} gives it: what an export of a million users reads. A store that can
     * read fewer columns than a whole user overrides it; the default projects {@code search}'s users.
     *
     * @param query the filters and position, as for {@link #search}
     * @param columns the columns, in the order the values come in
     * @return the page
     */
    default Page<ProjectedUser> project(UserQuery query, List<UserColumn> columns) {
        Page<User> page = search(query);
        List<ProjectedUser> rows = new java.util.ArrayList<>(page.items().size());
        for (User user : page.items()) {
            rows.add(ProjectedUser.of(user, query.sort(), columns));
        }
        return new Page<>(rows, page.hasMore());
    }

    /**
     * Number of users per (status, user type) as of {@code now}: a DELETED user whose purge-after
     * instant is at or before {@code now} is gone and not counted. Pairs with no user may be left out.
     *
     * @param tenant the tenant
     * @param now the instant to judge at
     * @return the counts
     */
    List<StatusTypeCount> countByStatusAndType(TenantId tenant, Instant now);

    /**
     * Users of any status created in {@code [from, to)}, per calendar day in {@code zone}; days with none may be left out.
     *
     * @param tenant the tenant
     * @param from the first instant
     * @param to the instant after the last
     * @param zone the zone whose calendar days count
     * @return the counts
     */
    List<DayCount> countRegistrationsByDay(TenantId tenant, Instant from, Instant to, ZoneId zone);

    /**
     * Users of any status created in {@code [from, to)} per {@link dev.roster.spi.model.RegistrationSource#referrerOrigin()};
     * users without a referrer are counted under the empty string.
     *
     * @param tenant the tenant
     * @param from the first instant
     * @param to the instant after the last
     * @return the counts by origin
     */
    Map<String, Long> countByReferrerOrigin(TenantId tenant, Instant from, Instant to);

    /**
     * How many users signed up with {@code referrer}'s referral code, deleted ones past their
     * window left out as a listing leaves them out. The default walks {@link #search}.
     *
     * @param tenant the tenant
     * @param referrer the member who referred them
     * @param now the instant the count is read at
     * @return the count
     */
    default long countReferredBy(TenantId tenant, dev.roster.spi.model.UserId referrer, Instant now) {
        UserQuery query = new UserQuery(tenant, now, null, null, null, null, null, null, null, referrer, UserSort.CREATED, false, null, 500);
        long count = 0;
        while (true) {
            Page<User> page = search(query);
            count += page.items().size();
            if (!page.hasMore() || page.items().isEmpty()) {
                return count;
            }
            User last = page.items().get(page.items().size() - 1);
            query = query.continuing(new UserKeyset(UserSort.CREATED.keyOf(last), last.id()));
        }
    }
}
