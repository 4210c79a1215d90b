package dev.roster.adapters.inmemory;

import java.util.Locale;

/** Case-insensitive plain substring matching, as the SQL stores do it. */
final class Text {
    private Text() {
    }

    static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
