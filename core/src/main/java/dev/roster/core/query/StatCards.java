package dev.roster.core.query;

/** Total users (active or suspended; deleted ones are not users any more), active, suspended. */
public record StatCards(long total, long active, long suspended) {
}
