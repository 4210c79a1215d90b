package dev.roster.adapters.jdbc;

/** LIKE patterns from plain text: the text's own wildcards and escape character are escaped ({@code ESCAPE '\'}). */
final class Like {
    static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    static String startsWith(String text) {
        return escape(text) + "%";
    }
}
