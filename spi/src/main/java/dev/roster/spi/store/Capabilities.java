package dev.roster.spi.store;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.outbox.OutboxStore;
import java.util.List;

/** Every optional capability this version of the SPI knows, for stores and the contract suite to enumerate. */
public final class Capabilities {
    /** The mail outbox, the change feed, credentials, sign-in bookkeeping and sessions. */
    public static final List<Capability<?>> KNOWN = List.of(OutboxStore.CAPABILITY, ChangeFeed.CAPABILITY, CredentialStore.CAPABILITY,
            SignInStore.CAPABILITY, SessionStore.CAPABILITY);

    private Capabilities() {
    }
}
