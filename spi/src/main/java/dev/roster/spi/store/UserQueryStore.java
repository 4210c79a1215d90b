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
}
