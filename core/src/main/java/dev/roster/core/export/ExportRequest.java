package dev.roster.core.export;

import dev.roster.core.query.UserListRequest;
import java.util.List;

/**
 * What to export: any list the directory can produce (its search, filters and sort; its cursor
 * and page size are the export's own business), the user fields as columns, and the host's usage
 * figures after them.
 *
 * @param list the list, as for {@link dev.roster.core.query.Directory#listUsers}
 * @param fields the columns, in order
 * @param usage the host's per-user figures, or {@link UsageFigures#NONE}
 */
public record ExportRequest(UserListRequest list, List<UserField> fields, UsageFigures usage) {
    /**
     * Requires the list and at least one column.
     *
     * @param list the list
     * @param fields the columns
     * @param usage the host's figures
     */
    public ExportRequest {
        if (list == null) {
            throw new IllegalArgumentException("list is required");
        }
        fields = List.copyOf(fields);
        usage = usage == null ? UsageFigures.NONE : usage;
        if (fields.isEmpty() && usage.columns().isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
    }

    /**
     * The list with these fields and no usage figures.
     *
     * @param list the list
     * @param fields the columns
     * @return the request
     */
    public static ExportRequest of(UserListRequest list, UserField... fields) {
        return new ExportRequest(list, List.of(fields), UsageFigures.NONE);
    }

    /**
     * Adds the host's usage figures.
     *
     * @param value the figures
     * @return the changed request
     */
    public ExportRequest withUsage(UsageFigures value) {
        return new ExportRequest(list, fields, value);
    }
}
