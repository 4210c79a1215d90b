package dev.roster.spi.text;

/** What a piece of text is for, which decides the characters it may hold (see {@link TextRules}). */
public enum TextKind {
    /** One line shown to people: names, tenant and group names, search text, URLs. */
    LINE,
    /** Free text where line breaks mean something: a personal message, an attribute value. */
    PARAGRAPH,
    /** Compared exactly and never shown as prose: external IDs, attribute keys, user types, codes. */
    IDENTIFIER
}
