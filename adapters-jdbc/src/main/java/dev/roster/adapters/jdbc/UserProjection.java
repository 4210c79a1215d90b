package dev.roster.adapters.jdbc;

import dev.roster.spi.model.UserId;
import dev.roster.spi.store.ProjectedUser;
import dev.roster.spi.store.UserColumn;
import dev.roster.spi.store.UserSort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads only the columns a list asks for (an export of six fields needs eight of a user's 32
 * columns), each mapped to exactly what {@link UserColumn#of} gives for the whole user.
 */
final class UserProjection implements Sql.Row<ProjectedUser> {
    private static final int MEMO_LIMIT = 256;

    private final UserSort sort;
    private final List<UserColumn> columns;
    private final Map<String, String> rolesTexts = new HashMap<>(); // a page repeats a few role sets

    UserProjection(UserSort sort, List<UserColumn> columns) {
        this.sort = sort;
        this.columns = List.copyOf(columns);
    }

    /** The select list: the id, the sort key, then one column per value. */
    String selectList() {
        StringBuilder select = new StringBuilder("user_id, ").append(ListConditions.keyColumn(sort));
        for (UserColumn column : columns) {
            select.append(", ").append(sqlColumn(column));
        }
        return select.toString();
    }

    @Override
    public ProjectedUser map(ResultSet rs) throws SQLException {
        UserId id = UserId.of(rs.getObject(1, java.util.UUID.class));
        Comparable<?> key = sort == UserSort.CREATED || sort == UserSort.LAST_LOGIN ? Sql.instant(rs, 2) : rs.getString(2);
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(columns.get(i), rs, i + 3, id);
        }
        return new ProjectedUser(id, key, Arrays.asList(values));
    }

    private Object value(UserColumn column, ResultSet rs, int at, UserId id) throws SQLException {
        return switch (column) {
            case ID -> id.toString();
            case CREATED_AT, LAST_LOGIN_AT -> Sql.instant(rs, at);
            case TIMEZONE -> {
                String zone = rs.getString(at);
                yield zone == null ? null : ZoneId.of(zone).getId();
            }
            case ROLES -> rolesText(rs.getString(at));
            default -> rs.getString(at);
        };
    }

    private String rolesText(String stored) {
        String known = rolesTexts.get(stored);
        if (known == null) {
            known = UserColumn.rolesText(UserRows.roles(stored));
            if (rolesTexts.size() < MEMO_LIMIT) {
                rolesTexts.put(stored, known);
            }
        }
        return known;
    }

    private static String sqlColumn(UserColumn column) {
        return switch (column) {
            case ID -> "user_id";
            case EMAIL -> "email";
            case FIRST_NAME -> "first_name";
            case LAST_NAME -> "last_name";
            case DISPLAY_NAME -> "display_name";
            case USERNAME -> "username";
            case PHONE -> "phone";
            case TIMEZONE -> "timezone";
            case EXTERNAL_ID -> "external_id";
            case USER_TYPE -> "user_type";
            case ROLES -> "roles";
            case STATUS -> "status";
            case CREATED_AT -> "created_at";
            case LAST_LOGIN_AT -> "last_login_at";
        };
    }
}
