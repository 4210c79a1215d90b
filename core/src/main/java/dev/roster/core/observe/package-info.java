/** What a host hears of Roster's work, for its metrics: {@link dev.roster.core.observe.RosterObserver}. */
package dev.roster.core.observe;
