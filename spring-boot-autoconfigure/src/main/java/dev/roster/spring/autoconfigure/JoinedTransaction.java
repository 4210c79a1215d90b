package dev.roster.spring.autoconfigure;

/**
 * Whether Roster's store is inside a Spring transaction it joined, on this thread: then what waits for the
 * commit waits for that transaction; otherwise Roster committed its own unit, and nothing waits.
 */
interface JoinedTransaction {
    /** {@return whether Roster's units on this thread join the application's transaction} */
    boolean joinsTransaction();
}
