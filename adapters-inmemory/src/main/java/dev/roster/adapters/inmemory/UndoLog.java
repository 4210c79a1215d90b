package dev.roster.adapters.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;

/** The inverse of every change made in a unit of work, replayed newest first on rollback. */
final class UndoLog {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    void push(Runnable undo) {
        steps.push(undo);
    }

    void rollback() {
        while (!steps.isEmpty()) {
            steps.pop().run();
        }
    }
}
