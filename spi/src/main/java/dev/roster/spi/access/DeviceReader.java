package dev.roster.spi.access;

/**
 * Names the browser and operating system of a user agent, for the list of a user's sessions.
 * Called once per sign-in with a user agent already cut to
 * {@link dev.roster.spi.model.Limits#USER_AGENT}; implementations are thread-safe and never throw.
 */
@FunctionalInterface
public interface DeviceReader {
    /** Names nothing. */
    DeviceReader NONE = userAgent -> Device.UNKNOWN;

    /**
     * @param userAgent the user agent, or null
     * @return the device, {@link Device#UNKNOWN} when nothing is recognised
     */
    Device read(String userAgent);

    /**
     * A browser and an operating system, each null when not recognised.
     *
     * @param browser the browser, say "Firefox 131"
     * @param os the operating system, say "Windows 10"
     */
    record Device(String browser, String os) {
        /** Nothing recognised. */
        public static final Device UNKNOWN = new Device(null, null);
    }
}
