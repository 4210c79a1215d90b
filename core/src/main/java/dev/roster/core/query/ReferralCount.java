package dev.roster.core.query;

/** New users whose referrer had this origin ("" for none). */
public record ReferralCount(String origin, long count) {
}
