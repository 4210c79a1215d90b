package dev.roster.core.internal.mail;

import dev.roster.core.mail.DispatchReport;
import dev.roster.core.mail.Outbox;
import dev.roster.core.mail.OutboxWorker;

/** The outbox of a Roster built without mail: nothing is ever queued, so there is nothing to send. */
public final class NoOutbox implements Outbox {
    @Override
    public DispatchReport dispatch() {
        return DispatchReport.NONE;
    }

    @Override
    public OutboxWorker startWorker() {
        throw new IllegalStateException("Roster was built withoutMail(): it queues no mail, so there is nothing for a worker to send");
    }

    @Override
    public void wake() {
        // nothing is ever queued
    }

    @Override
    public dev.roster.spi.outbox.OutboxBacklog backlog() {
        return dev.roster.spi.outbox.OutboxBacklog.EMPTY;
    }

    @Override
    public int pruneFinished() {
        return 0;
    }
}
