package dev.roster.core.query;

/**
 * The counts beside the three tabs.
 *
 * @param members users in the members tab: active or suspended
 * @param pendingInvitations invitations still open (not past their expiry)
 * @param recentlyDeleted users in "recently deleted": deleted and still restorable
 */
public record TabCounts(long members, long pendingInvitations, long recentlyDeleted) {
}
