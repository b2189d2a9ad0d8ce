package vn.motcua.runtime.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The client address and scheme of a request, trusting forwarded headers only from configured proxies.
 *
 * <p>Rate limits, lockouts and the {@code Secure} cookie used to believe {@code X-Forwarded-*} from anyone (a client
 * chose its own address and escaped every limit), or keyed on the proxy itself when behind one (everyone shared one
 * budget). Now: the socket peer is the client, unless it is a trusted proxy; then the client is the rightmost address
 * of {@code X-Forwarded-For} that is not itself a trusted proxy (addresses further left were written by whoever
 * connected to the first proxy and prove nothing).
 *
 * <pre>{@code
 * ClientAddresses addresses = ClientAddresses.parse(context.getProperty("motcua.http.trustedProxies")); // "10.0.0.5, 10.1.0.0/16"
 * String client = addresses.client(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"));
 * boolean tls = addresses.secure(req.isSecure(), req.getRemoteAddr(), req.getHeader("X-Forwarded-Proto"));
 * }</pre>
 *
 * Immutable and thread-safe. The default (no setting) trusts no proxy.
 */
public final class ClientAddresses {

    /** The framework property naming the trusted proxies: addresses or CIDR ranges, separated by commas or spaces. */
    public static final String TRUSTED_PROXIES = "motcua.http.trustedProxies";

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /** One address or range. */
    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Trusts no proxy: the socket peer is always the client. */
    public static ClientAddresses none() {
        return new ClientAddresses(List.of());
    }

    /**
     * @param setting e.g. {@code "10.0.0.5, 10.1.0.0/16, ::1"}; null or blank for none
     * @throws IllegalArgumentException naming the entry that is no IP address or CIDR range
     */
    public static ClientAddresses parse(String setting) {
        List<Range> out = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    out.add(range(entry.strip()));
                }
            }
        }
        return new ClientAddresses(out);
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = literal(host);
        if (network == null) {
            throw new IllegalArgumentException(TRUSTED_PROXIES + ": '" + entry + "' is not an IP address or CIDR range such as 10.0.0.0/8");
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": '" + entry + "' has an invalid prefix length");
            }
        }
        return new Range(network, prefix);
    }

    /** The bytes of an IP literal; null for anything else (never a DNS lookup). */
    private static byte[] literal(String s) {
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !LITERAL.matcher(t).matches() || (t.indexOf(':') < 0 && t.chars().filter(c -> c == '.').count() != 3)) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** True when the address is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (trusted.isEmpty() || address == null) {
            return false;
        }
        byte[] a = literal(address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /**
     * The client's address.
     *
     * @param remoteAddress the socket peer ({@code getRemoteAddr()})
     * @param forwardedFor  the {@code X-Forwarded-For} header, or null
     */
    public String client(String remoteAddress, String forwardedFor) {
        if (!trusts(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return remoteAddress; // garbage in the chain: fall back to what we know
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /**
     * Whether the client reached us over TLS: directly, or through a trusted proxy saying {@code X-Forwarded-Proto: https}.
     */
    public boolean secure(boolean requestIsSecure, String remoteAddress, String forwardedProto) {
        if (requestIsSecure) {
            return true;
        }
        return trusts(remoteAddress) && forwardedProto != null
                && forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }
}
