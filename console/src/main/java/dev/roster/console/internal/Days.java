package dev.roster.console.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day a filter names (yyyy-mm-dd, UTC), within the years every store keeps instants for; anything else is no day. */
final class Days {
    private Days() {
    }

    /** The day, or null when the text is empty, malformed, or outside 1970 to 9998. */
    static LocalDate parse(String text) {
        try {
            LocalDate day = text == null || text.isEmpty() ? null : LocalDate.parse(text);
            return day == null || day.getYear() < 1970 || day.getYear() > 9998 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
