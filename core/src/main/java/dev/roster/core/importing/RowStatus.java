package dev.roster.core.importing;

/** What an import did, or in a dry run would do, with one row. */
public enum RowStatus {
    /** Invited: the invitation is stored and its mail queued. */
    INVITED,
    /** A dry run found nothing against inviting it. */
    WOULD_INVITE,
    /** An earlier row of the file has the same address (see {@link RowOutcome#duplicateOf()}). */
    DUPLICATE_IN_FILE,
    /** The address belongs to a member of the tenant already. */
    ALREADY_MEMBER,
    /** The address has an open invitation already (from an earlier run of the same file, say). */
    ALREADY_INVITED,
    /** Valid, but not invited: the tenant's seats ran out at an earlier row. */
    SEAT_LIMIT,
    /** A cell breaks a rule (see {@link RowOutcome#errors()}). */
    INVALID,
    /** Not looked at: the import was cancelled before its batch. */
    NOT_PROCESSED
}
