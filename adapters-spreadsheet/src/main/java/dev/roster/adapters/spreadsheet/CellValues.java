package dev.roster.adapters.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;

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
        return CellText.neutralized(value.toString());
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
