package dev.roster.adapters.spreadsheet;

import java.util.regex.Pattern;

/**
 * Text written into a spreadsheet another person will open. A value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, CR or LF could run as a formula there, so it gets a
 * leading {@code '} (OWASP's rule for CSV injection); a number stays a number.
 */
public final class CellText {
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
}
