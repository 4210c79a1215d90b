package dev.roster.adapters.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/** How an exported value reads as text: numbers in full, instants in ISO-8601, text neutralised. */
final class CellValues {
    private CellValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return plain(number);
        }
        if (value instanceof Instant instant) {
            // A year before 0000 or after 9999 is signed, so even an instant is neutralised.
            return CellText.neutralized(iso(instant));
        }
        return CellText.neutralized(value.toString());
    }

    /**
     * {@link Instant#toString()}'s text (2026-11-27T10:00:00Z, fractions in groups of three), written
     * without the formatter machinery: an export writes one or two instants a row. Years outside
     * 0000–9999 go through the JDK.
     */
    static String iso(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, 86_400L);
        int second = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        char[] text = new char[30];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, second / 3_600, 2);
        text[13] = ':';
        put(text, 14, second / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, second % 60, 2);
        int end = 19;
        int nanos = instant.getNano();
        if (nanos > 0) {
            text[end++] = '.';
            if (nanos % 1_000_000 == 0) {
                end = put(text, end, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                end = put(text, end, nanos / 1_000, 6);
            } else {
                end = put(text, end, nanos, 9);
            }
        }
        text[end++] = 'Z';
        return new String(text, 0, end);
    }

    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
    private static final long YEAR_10000 = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

    /** Writes {@code value} as {@code width} digits, zero-padded, at {@code at}; returns the index after them. */
    private static int put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    /** Whether a spreadsheet's numbers (doubles) hold it exactly; a longer integer is written as text instead. */
    static boolean exactAsDouble(Number number) {
        String plain = plain(number);
        if (plain == null) {
            return false;
        }
        return !(number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal)
                || new BigDecimal(plain).compareTo(new BigDecimal(new BigDecimal(plain).doubleValue())) == 0;
    }

    /** A number as digits (12345678901, 0.5), never 1.2345678901E10. */
    static String plain(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        double d = number.doubleValue();
        if (number instanceof BigDecimal big) {
            return big.signum() == 0 ? "0" : big.stripTrailingZeros().toPlainString();
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        BigDecimal exact = new BigDecimal(Double.toString(d));
        return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    }
}
