package dev.roster.spi.sheet;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** An uploaded file refused as a whole, before anything was done with its rows. */
public class SheetRejectedException extends RosterException {
    /** Why a file is refused. */
    public enum Reason {
        /** Neither an XLSX workbook nor a CSV text file. */
        NOT_A_SPREADSHEET,
        /** The zip is cut short or damaged. */
        DAMAGED,
        /** Bigger than the policy allows, as uploaded or once inflated. */
        TOO_LARGE,
        /** A zip of more entries than any workbook needs. */
        TOO_MANY_ENTRIES,
        /** An entry inflates far more than any real sheet does (a zip bomb). */
        SUSPICIOUS_COMPRESSION,
        /** Two zip entries of one name. */
        DUPLICATE_ENTRY,
        /** An archive inside the archive. */
        NESTED_ARCHIVE,
        /** A document type declaration or external entity, which a workbook never needs. */
        DOCTYPE,
        /** A CSV file that is not valid UTF-8. */
        NOT_UTF8,
        /** More data rows than the policy allows. */
        TOO_MANY_ROWS,
        /** No header row naming an email column. */
        NO_EMAIL_COLUMN
    }

    /** Why the file was refused. */
    private final Reason reason;

    /**
     * A refused file.
     *
     * @param reason why, for a host to switch on
     * @param message what was found, for the person who uploaded the file
     */
    public SheetRejectedException(Reason reason, String message) {
        super(ErrorCode.FILE_REJECTED, message);
        this.reason = reason;
    }

    /**
     * A refused file, with what the reader hit.
     *
     * @param reason why, for a host to switch on
     * @param message what was found, for the person who uploaded the file
     * @param cause what the reader hit
     */
    public SheetRejectedException(Reason reason, String message, Throwable cause) {
        super(ErrorCode.FILE_REJECTED, message, cause);
        this.reason = reason;
    }

    /** {@return why the file was refused} */
    public Reason reason() {
        return reason;
    }
}
