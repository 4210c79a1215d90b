package dev.roster.spi.store;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Read-side questions about users: lists, counts and registration figures. */
public interface UserQueryStore {
    /** One keyset page, ordered as {@link UserQuery} describes. */
    Page<User> search(UserQuery query);

    /**
     * Number of users per (status, user type) as of {@code now}: a DELETED user whose purge-after
     * instant is at or before {@code now} is gone and not counted. Pairs with no user may be left out.
     */
    List<StatusTypeCount> countByStatusAndType(TenantId tenant, Instant now);

    /** Users of any status created in {@code [from, to)}, per calendar day in {@code zone}; days with none may be left out. */
    List<DayCount> countRegistrationsByDay(TenantId tenant, Instant from, Instant to, ZoneId zone);

    /**
     * Users of any status created in {@code [from, to)} per {@link dev.roster.spi.model.RegistrationSource#referrerOrigin()};
     * users without a referrer are counted under the empty string.
     */
    Map<String, Long> countByReferrerOrigin(TenantId tenant, Instant from, Instant to);
}
