package dev.roster.spi.error;

import dev.roster.spi.store.Capability;

/** The store does not offer a capability a feature needs (see {@link Capability}). */
public class UnsupportedCapabilityException extends RosterException {
    /** The missing capability's name. */
    private final String capability;

    /**
     * A capability the store does not offer.
     *
     * @param capability the capability
     */
    public UnsupportedCapabilityException(Capability<?> capability) {
        super(ErrorCode.CAPABILITY_MISSING, "the store does not offer the '" + capability.name() + "' capability ("
                + capability.port().getName() + ")");
        this.capability = capability.name();
    }

    /** {@return the name of the capability that is missing} */
    public String capability() {
        return capability;
    }
}
