package vn.motcua.channels.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the canonical parameters, the way Vietnamese gateways sign (VNPay's {@code vnp_SecureHash}): the
 * parameters except the signature, sorted by name, each {@code name=URL-encoded value}, joined with {@code &}; the MAC
 * with the shared secret, in lower-case hex, travels as {@value #PARAMETER}. Both directions use it: the platform's
 * order to the gateway and the gateway's callbacks and refund answers.
 */
final class PaymentSignature {

    static final String PARAMETER = "signature";

    private final byte[] secret;

    PaymentSignature(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < 16) {
            throw new IllegalArgumentException("motcua.payment.secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The text that is signed: sorted, encoded, without the signature itself and without empty values. */
    static String canonical(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !PARAMETER.equals(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    String sign(Map<String, String> parameters) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical(parameters).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The parameters with their signature added. */
    Map<String, String> signed(Map<String, String> parameters) {
        Map<String, String> out = new TreeMap<>(parameters);
        out.remove(PARAMETER);
        out.put(PARAMETER, sign(out));
        return out;
    }

    /** Whether the parameters carry a valid signature; compared in constant time, so timing tells a forger nothing. */
    boolean verify(Map<String, String> parameters) {
        String given = parameters.get(PARAMETER);
        if (given == null || given.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(parameters).getBytes(StandardCharsets.US_ASCII),
                given.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code a=1&b=2}, URL-encoded, for a query string or a form body. */
    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The parameters of a query string or form body ({@code a=1&b=2}); the last value of a repeated name wins. */
    static Map<String, String> parse(String query) {
        Map<String, String> out = new TreeMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!name.isEmpty()) {
                out.put(name, value);
            }
        }
        return out;
    }
}
