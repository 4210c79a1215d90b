package dev.roster.core.importing;

import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to read and apply an import. Start from {@link #defaults()}.
 *
 * @param roles the roles of rows that name none; null or empty for the policy's default role
 * @param userType the user type of rows that name none; null for the policy's default
 * @param message the personal message of rows that have none; null for none
 * @param flagColumns extra headers, each naming the permission its yes/no cells grant or deny
 *     (a header that reads as a permission of the catalog, such as "Data export" for
 *     {@code data.export}, needs no entry)
 * @param batchSize how many rows one unit of work invites
 * @param keepRows whether the report keeps every row (false for very large files: the listener
 *     still hears every row)
 * @param listener follows the import and may cancel it
 */
public record ImportOptions(Set<RoleId> roles, String userType, String message, Map<String, Permission> flagColumns, int batchSize,
        boolean keepRows, ImportListener listener) {
    /** Rows per unit of work unless told otherwise. */
    public static final int DEFAULT_BATCH = 200;

    /**
     * Copies the map and checks the batch size.
     *
     * @param roles the roles of rows that name none
     * @param userType the user type of rows that name none
     * @param message the personal message of rows that have none
     * @param flagColumns extra headers and the permission each sets
     * @param batchSize how many rows one unit of work invites
     * @param keepRows whether the report keeps every row
     * @param listener follows the import
     */
    public ImportOptions {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        flagColumns = flagColumns == null ? Map.of() : Map.copyOf(flagColumns);
        listener = listener == null ? ImportListener.NONE : listener;
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be 1 to 10,000, got " + batchSize);
        }
    }

    /** {@return the policy's defaults, batches of {@value #DEFAULT_BATCH}, every row kept} */
    public static ImportOptions defaults() {
        return new ImportOptions(Set.of(), null, null, Map.of(), DEFAULT_BATCH, true, ImportListener.NONE);
    }

    /**
     * Sets the roles of rows that name none.
     *
     * @param value the roles
     * @return the changed options
     */
    public ImportOptions withRoles(Set<RoleId> value) {
        return new ImportOptions(value, userType, message, flagColumns, batchSize, keepRows, listener);
    }

    /**
     * Sets the user type of rows that name none.
     *
     * @param value the type
     * @return the changed options
     */
    public ImportOptions withUserType(String value) {
        return new ImportOptions(roles, value, message, flagColumns, batchSize, keepRows, listener);
    }

    /**
     * Sets the personal message of rows that have none.
     *
     * @param value the message
     * @return the changed options
     */
    public ImportOptions withMessage(String value) {
        return new ImportOptions(roles, userType, value, flagColumns, batchSize, keepRows, listener);
    }

    /**
     * Adds a header whose yes/no cells grant or deny a permission.
     *
     * @param header the header, matched as other headers are (case and spacing aside)
     * @param permission the permission
     * @return the changed options
     */
    public ImportOptions withFlagColumn(String header, Permission permission) {
        Map<String, Permission> more = new LinkedHashMap<>(flagColumns);
        more.put(header, permission);
        return new ImportOptions(roles, userType, message, more, batchSize, keepRows, listener);
    }

    /**
     * Sets how many rows one unit of work invites.
     *
     * @param value the batch size, 1 to 10,000
     * @return the changed options
     */
    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(roles, userType, message, flagColumns, value, keepRows, listener);
    }

    /**
     * Keeps only totals in the report; the listener still hears of every row.
     *
     * @return the changed options
     */
    public ImportOptions withoutRowsKept() {
        return new ImportOptions(roles, userType, message, flagColumns, batchSize, false, listener);
    }

    /**
     * Sets the listener.
     *
     * @param value the listener
     * @return the changed options
     */
    public ImportOptions withListener(ImportListener value) {
        return new ImportOptions(roles, userType, message, flagColumns, batchSize, keepRows, value);
    }
}
