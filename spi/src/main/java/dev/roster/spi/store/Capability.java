package dev.roster.spi.store;

import dev.roster.spi.error.UnsupportedCapabilityException;
import java.util.Objects;

/**
 * A port that joined the SPI after its first release, and so is optional for a store: a store
 * written against an older SPI keeps compiling and working, and simply does not offer it.
 *
 * <p>How a capability joins: its port is an interface of its own (say {@code OutboxStore}), with
 * one constant of this type beside it and an entry in {@link Capabilities#KNOWN}; a store that
 * implements it lists the constant in {@link RosterStore#capabilities()} and returns the port from
 * {@link StoreTransaction#port(Capability)} in every unit of work; its contract class in
 * {@code roster-spi-tck} runs against stores that declare it. Core checks at {@code build()} that
 * the store offers what the configured features need, and otherwise fails with
 * {@link UnsupportedCapabilityException} naming the capability.
 *
 * @param name a stable, lower-case name, for messages and reports
 * @param port the interface a store implements to offer it
 * @param <P> the port's type
 */
public record Capability<P>(String name, Class<P> port) {
    /**
     * Requires the name and the port.
     *
     * @param name a stable, lower-case name, for messages and reports
     * @param port the interface a store implements to offer it
     */
    public Capability {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(port, "port");
    }

    /**
     * This capability's port in the unit of work, or a typed error naming it when the store does not offer it.
     *
     * @param tx the unit of work
     * @return the port
     * @throws UnsupportedCapabilityException when the store does not offer it
     */
    public P in(StoreTransaction tx) {
        return tx.port(this).orElseThrow(() -> new UnsupportedCapabilityException(this));
    }
}
