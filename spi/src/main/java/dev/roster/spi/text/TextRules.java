package dev.roster.spi.text;

import java.text.Normalizer;

/**
 * The one set of rules every text Roster stores or searches goes through, shared by core (which
 * checks and normalises input) and by every store (which refuses what breaks them, the same way).
 *
 * <ul>
 *   <li>No lone surrogates: every store would keep them differently (PostgreSQL writes '?').
 *   <li>No control characters (NUL included) and no line or paragraph separators; a
 *       {@link TextKind#PARAGRAPH} may hold line feeds and tabs.
 *   <li>No bidirectional embeddings or overrides (U+202A to U+202E), which reorder what follows
 *       them on screen; an {@link TextKind#IDENTIFIER} holds no invisible format character at all
 *       (bidi marks and isolates, zero-width characters, soft hyphens).
 *   <li>Unicode NFC, so that one spelling is stored and compared.
 * </ul>
 *
 * Lengths are counted in UTF-16 code units, {@link String#length()}, which is never less than what
 * any store counts, so a value that passes fits every store.
 */
public final class TextRules {
    private TextRules() {
    }

    /**
     * What core does to input before checking it: NFC, and for a paragraph CR LF or a lone CR
     * turned into LF. Null stays null; lone surrogates are kept, for {@link #problem} to report.
     *
     * @param value the text, or null
     * @param kind what the text is for
     * @return the normalised text
     */
    public static String normalize(String value, TextKind kind) {
        if (value == null) {
            return null;
        }
        String text = kind == TextKind.PARAGRAPH && value.indexOf('\r') >= 0 ? value.replace("\r\n", "\n").replace('\r', '\n') : value;
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why {@code value} may not be stored as {@code kind}.
     *
     * @param value the text; null may be stored
     * @param kind what the text is for
     * @return the reason, or null when it may
     */
    public static String problem(String value, TextKind kind) {
        if (value == null) {
            return null;
        }
        int lone = loneSurrogateAt(value);
        if (lone >= 0) {
            return "holds a lone surrogate at position " + lone;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                continue; // halves of pairs: checked above
            }
            String why = problem(c, kind);
            if (why != null) {
                return "holds " + why + " (U+" + String.format("%04X", (int) c) + ") at position " + i;
            }
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? null : "is not in Unicode NFC";
    }

    /**
     * {@link #problem} and a maximum length, as one message.
     *
     * @param value the text; null may be stored
     * @param kind what the text is for
     * @param maxLength the most UTF-16 units
     * @return the reason, or null when it may
     */
    public static String problem(String value, TextKind kind, int maxLength) {
        if (value != null && value.length() > maxLength) {
            return "is longer than " + maxLength + " characters";
        }
        return problem(value, kind);
    }

    /**
     * Where the first surrogate without its other half is: UTF-8 (and so every store, and every
     * password hasher) would turn it into '?', making two different texts one.
     *
     * @param value the text
     * @return its index, or -1 when every surrogate is paired
     */
    public static int loneSurrogateAt(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code value} cut to at most {@code maxLength} UTF-16 units, never between the halves of a surrogate pair.
     *
     * @param value the text
     * @param maxLength the most UTF-16 units
     * @return the text, cut where needed
     */
    public static String cut(String value, int maxLength) {
        if (value.length() <= maxLength) {
            return value;
        }
        int end = Character.isLowSurrogate(value.charAt(maxLength)) ? maxLength - 1 : maxLength;
        return value.substring(0, end);
    }

    /**
     * {@code value} with every line break and control character replaced by a space, for a mail header.
     *
     * @param value the text
     * @return one line
     */
    public static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || isSeparator(c) ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Whether {@code value} can go into a mail header as it is.
     *
     * @param value the text
     * @return true when it holds no line break or control character
     */
    public static boolean isHeaderSafe(String value) {
        return value.equals(oneLine(value));
    }

    private static String problem(char c, TextKind kind) {
        if (c == '\n' || c == '\t') {
            return kind == TextKind.PARAGRAPH ? null : c == '\n' ? "a line break" : "a tab";
        }
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        if (isSeparator(c)) {
            return "a line or paragraph separator";
        }
        if (c >= '\u202A' && c <= '\u202E') {
            return "a bidirectional override";
        }
        if (kind == TextKind.IDENTIFIER && Character.getType(c) == Character.FORMAT) {
            return "an invisible format character";
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }
}
