package dev.roster.spi.store;

import java.time.LocalDate;

/** How many things happened on one calendar day. */
public record DayCount(LocalDate day, long count) {
}
