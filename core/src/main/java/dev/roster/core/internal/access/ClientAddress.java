package dev.roster.core.internal.access;

import com.google.common.net.InetAddresses;
import dev.roster.spi.model.Limits;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client's address as Roster keeps and counts it: parsed as an IP literal only (never looked up),
 * in one canonical form, so that spellings of one address ({@code 2001:DB8::1},
 * {@code 2001:0db8:0:0:0:0:0:1}, {@code 198.51.100.9:40000} with its port) are one address, and
 * anything else (a host name, a list from a forwarding header) is no address at all.
 */
final class ClientAddress {
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]{7,15}):[0-9]{1,5}");
    private static final Pattern DOTTED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]{2,45})](?::[0-9]{1,5})?");
    private ClientAddress() {
    }

    /**
     * The canonical form: an IPv4 address in dotted decimal (an IPv4-mapped IPv6 address too), an IPv6
     * address as eight lower-case hexadecimal groups without leading zeros.
     *
     * @return it, or null when the text is no IP literal
     */
    static String canonical(String given) {
        String text = withoutZone(withoutPort(given == null ? null : given.strip()));
        text = decimalOctets(text);
        if (text == null || text.isEmpty() || text.length() > Limits.CLIENT_ADDRESS || text.indexOf('%') >= 0
                || !InetAddresses.isInetAddress(text)) {
            return null;
        }
        InetAddress address = InetAddresses.forString(text);
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder out = new StringBuilder(39);
        for (int group = 0; group < 8; group++) {
            if (group > 0) {
                out.append(':');
            }
            out.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)));
        }
        return out.toString();
    }

    /** Stands for every address that cannot be read, so that they share one budget rather than escape it. */
    static final String UNREADABLE = "unreadable";

    /** An IPv4 address with a port ({@code 198.51.100.9:40000}) or a bracketed IPv6 one ({@code [2001:db8::1]:443}) without it. */
    private static String withoutPort(String text) {
        if (text == null) {
            return null;
        }
        Matcher v4 = IPV4_WITH_PORT.matcher(text);
        if (v4.matches()) {
            return v4.group(1);
        }
        Matcher v6 = BRACKETED.matcher(text);
        return v6.matches() ? v6.group(1) : text;
    }

    /** An IPv6 zone ({@code fe80::1%eth0}) says which interface, not which client. */
    private static String withoutZone(String text) {
        int zone = text == null ? -1 : text.indexOf('%');
        return zone < 0 || text.indexOf(':') < 0 ? text : text.substring(0, zone);
    }

    /** {@code 010.1.1.1} as {@code 10.1.1.1}: leading zeros read as decimal, as most servers log them. */
    private static String decimalOctets(String text) {
        if (text == null || !DOTTED.matcher(text).matches()) {
            return text;
        }
        StringBuilder out = new StringBuilder(15);
        for (String octet : text.split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return text;
            }
            out.append(out.length() == 0 ? "" : ".").append(value);
        }
        return out.toString();
    }

    /**
     * What a per-address budget counts by: an IPv4 address itself; for IPv6, its /64 network (the
     * first four groups and a colon), since one host is given a whole /64 and could spray from all of it.
     */
    static String budgetKey(String canonical) {
        if (canonical == null || canonical.indexOf(':') < 0) {
            return canonical;
        }
        int at = -1;
        for (int group = 0; group < 4; group++) {
            at = canonical.indexOf(':', at + 1);
        }
        return canonical.substring(0, at + 1);
    }
}
