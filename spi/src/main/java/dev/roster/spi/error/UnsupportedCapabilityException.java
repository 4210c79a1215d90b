package dev.roster.spi.error;

import dev.roster.spi.store.Capability;

/** The store does not offer a capability a feature needs (see {@link Capability}). */
public class UnsupportedCapabilityException extends RosterException {
    private final String capability;

    public UnsupportedCapabilityException(Capability<?> capability) {
        super(ErrorCode.CAPABILITY_MISSING, "the store does not offer the '" + capability.name() + "' capability ("
                + capability.port().getName() + ")");
        this.capability = capability.name();
    }

    /** The name of the capability that is missing. */
    public String capability() {
        return capability;
    }
}
