package dev.roster.core.export;

import dev.roster.spi.model.User;
import dev.roster.spi.store.UserColumn;

/** A user's field as an export column. Nothing secret is a field: no password hash, token or session. */
public enum UserField {
    /** Roster's id for the user. */
    ID("ID", UserColumn.ID),
    /** The address as the user gave it. */
    EMAIL("Email", UserColumn.EMAIL),
    /** First name. */
    FIRST_NAME("First name", UserColumn.FIRST_NAME),
    /** Last name. */
    LAST_NAME("Last name", UserColumn.LAST_NAME),
    /** Display name. */
    DISPLAY_NAME("Display name", UserColumn.DISPLAY_NAME),
    /** Username. */
    USERNAME("Username", UserColumn.USERNAME),
    /** Phone. */
    PHONE("Phone", UserColumn.PHONE),
    /** Time zone id. */
    TIMEZONE("Time zone", UserColumn.TIMEZONE),
    /** The host's id for the user. */
    EXTERNAL_ID("External ID", UserColumn.EXTERNAL_ID),
    /** User type. */
    USER_TYPE("User type", UserColumn.USER_TYPE),
    /** Roles, comma-separated in order. */
    ROLES("Roles", UserColumn.ROLES),
    /** Status. */
    STATUS("Status", UserColumn.STATUS),
    /** When the user joined. */
    CREATED_AT("Created", UserColumn.CREATED_AT),
    /** Last sign-in, if any. */
    LAST_LOGIN_AT("Last login", UserColumn.LAST_LOGIN_AT);

    private final String header;
    private final UserColumn column;

    UserField(String header, UserColumn column) {
        this.header = header;
        this.column = column;
    }

    /** {@return the column's header} */
    public String header() {
        return header;
    }

    /** {@return the store's column this field is read from} */
    public UserColumn column() {
        return column;
    }

    /**
     * The cell of a user.
     *
     * @param user the user
     * @return text, an instant, or null
     */
    public Object valueOf(User user) {
        return column.of(user);
    }
}
