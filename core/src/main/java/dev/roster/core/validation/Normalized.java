package dev.roster.core.validation;

import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What command records call in their constructors, so that validation and everything after it see
 * one spelling of each text ({@link TextRules#normalize}). Identifiers are not rewritten: they must
 * arrive in NFC, and {@link PlainText} refuses them otherwise.
 */
public final class Normalized {
    private Normalized() {
    }

    /**
     * Normalises one line of text.
     *
     * @param value the text, or null
     * @return the text in NFC
     */
    public static String line(String value) {
        return TextRules.normalize(value, TextKind.LINE);
    }

    /**
     * Normalises a paragraph.
     *
     * @param value the text, or null
     * @return the text in NFC with LF line breaks
     */
    public static String paragraph(String value) {
        return TextRules.normalize(value, TextKind.PARAGRAPH);
    }

    /**
     * The map with each value normalised as a paragraph; null stays null, keys are kept.
     *
     * @param map the map, or null
     * @return the normalised map
     */
    public static Map<String, String> paragraphValues(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, paragraph(v)));
        return Collections.unmodifiableMap(out);
    }
}
