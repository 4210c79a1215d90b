package dev.roster.spi.store;

import java.util.List;

/** Every optional capability this version of the SPI knows, for stores and the contract suite to enumerate. */
public final class Capabilities {
    /** None yet: the first optional ports (the mail outbox, credentials, sessions) join here. */
    public static final List<Capability<?>> KNOWN = List.of();

    private Capabilities() {
    }
}
