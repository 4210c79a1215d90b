package dev.roster.adapters.spreadsheet;

import java.util.regex.Pattern;

/**
 * Text written into a spreadsheet another person will open. A value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, CR or LF could run as a formula there, so it gets a
 * leading {@code '} (OWASP's rule for CSV injection); a number stays a number.
 */
public final class CellText {
    /** The most characters an XLSX cell holds. */
    static final int XLSX_MAX = 32_767;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CellText() {
    }

    /**
     * The value as it is safe to write.
     *
     * @param value the text; null stays null
     * @return the text, with a leading {@code '} when it could start a formula
     */
    public static String neutralized(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /**
     * The value neutralised and cut to what an XLSX cell holds, marked where it was cut.
     *
     * @param value the text; null stays null
     * @return the text as it fits a cell
     */
    public static String forXlsx(String value) {
        String safe = neutralized(value);
        return safe == null || safe.length() <= XLSX_MAX ? safe : safe.substring(0, XLSX_MAX - 1) + "\u2026";
    }
}
