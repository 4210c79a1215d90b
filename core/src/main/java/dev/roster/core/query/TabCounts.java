package dev.roster.core.query;

/**
 * The counts beside the three tabs: members (active or suspended), open invitations (not past
 * their expiry), and users in "recently deleted".
 */
public record TabCounts(long activeUsers, long pendingInvitations, long recentlyDeleted) {
}
