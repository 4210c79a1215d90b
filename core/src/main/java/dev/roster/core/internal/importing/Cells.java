package dev.roster.core.internal.importing;

import java.util.Locale;

/** How an import reads one cell's text: what people type around values in a spreadsheet is not part of them. */
final class Cells {
    private Cells() {
    }

    /** The text without surrounding whitespace of any kind (non-breaking and zero-width too); null when nothing is left. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && blank(raw.charAt(start))) {
            start++;
        }
        while (end > start && blank(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    /** A header as compared with the aliases: lower case, with runs of spaces, dots, dashes and underscores as one space. */
    static String headerKey(String raw) {
        String value = value(raw);
        if (value == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(value.length());
        boolean gap = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (blank(c) || c == '.' || c == '-' || c == '_' || c == '(' || c == ')' || c == ':' || c == '*') {
                gap = key.length() > 0;
            } else {
                if (gap) {
                    key.append(' ');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
    }
}
