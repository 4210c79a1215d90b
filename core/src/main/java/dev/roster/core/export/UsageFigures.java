package dev.roster.core.export;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.List;
import java.util.Map;

/**
 * Per-user figures the host keeps (agents, chats, AI responses, imported pages, paying...),
 * added to an export as columns. Asked once per page of users, so a host answers with one query
 * per page.
 */
public interface UsageFigures {
    /** No figures. */
    UsageFigures NONE = new UsageFigures() {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
            return Map.of();
        }
    };

    /** {@return the headers of the figures' columns, in order} */
    List<String> columns();

    /**
     * The figures of a page of users.
     *
     * @param tenant the tenant
     * @param users the page's users, at most 500
     * @return per user, one value per column (a number, text or boolean); a user left out gets empty cells
     */
    Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users);
}
