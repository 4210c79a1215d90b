package dev.roster.adapters.useragent;

import dev.roster.spi.access.DeviceReader;
import ua_parser.CachingParser;
import ua_parser.Client;

/**
 * Names a session's browser and operating system with uap-java's patterns ("Firefox 131",
 * "Windows 10"). The parser takes about half a second to build, so build one reader and share it;
 * its cache makes repeated user agents cheap. A user agent is cut to {@link #MAX_LENGTH} characters
 * before parsing: the patterns are regular expressions, and a long junk string costs them far more
 * than any real browser's user agent needs.
 */
public final class UapDeviceReader implements DeviceReader {
    /** The most characters of a user agent that are parsed; real ones are well within it. */
    public static final int MAX_LENGTH = 256;

    private final CachingParser parser = new CachingParser();

    @Override
    public Device read(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Device.UNKNOWN;
        }
        String cut = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        try {
            Client client = parser.parse(cut);
            return new Device(name(client.userAgent.family, client.userAgent.major), name(client.os.family, client.os.major));
        } catch (RuntimeException unparsable) {
            return Device.UNKNOWN; // a session is worth more than its device's name
        }
    }

    private static String name(String family, String major) {
        if (family == null || family.isBlank() || "Other".equals(family)) {
            return null;
        }
        return major == null || major.isBlank() ? family : family + " " + major;
    }
}
