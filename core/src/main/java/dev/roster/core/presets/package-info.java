/**
 * Ready-made policies, one for each kind of admin panel Roster was shaped by. Each is a few lines
 * of {@link dev.roster.core.policy.Policy#builder()} calls, named for what the policy does rather
 * than for a product, with its roles and permissions as constants. Take one as it is, or start from
 * {@code policy().toBuilder()} and change what differs; a policy written from scratch needs no more
 * than what these classes hold.
 */
package dev.roster.core.presets;
