package vn.motcua.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The static files of the portal, read once from the bundle. Their URL carries a hash of all of them
 * ({@code /static/3f9a…/portal.css}), so they can be cached for a year: a new build is a new URL. Immutable.
 */
final class Assets {

    /** One file. */
    record Asset(byte[] bytes, String mediaType) {
    }

    private static final Map<String, String> FILES = Map.of(
            "portal.css", "text/css;charset=utf-8",
            "portal.js", "text/javascript;charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, Asset> assets;
    private final String version;

    Assets() {
        MessageDigest digest = sha256();
        Map<String, Asset> read = new java.util.TreeMap<>();
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            read.put(f.getKey(), new Asset(read(f.getKey()), f.getValue()));
        }
        read.forEach((name, a) -> digest.update(a.bytes()));
        this.assets = Map.copyOf(read);
        this.version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** The versioned path of a file, e.g. {@code /static/3f9a0c1d2e4b/portal.css}. */
    String path(String file) {
        return "/static/" + version + "/" + file;
    }

    String version() {
        return version;
    }

    /** The file for {@code /static/<version>/<name>}; an old version is not served (its URL was cached as immutable). */
    Optional<Asset> find(String requestedVersion, String name) {
        return version.equals(requestedVersion) ? Optional.ofNullable(assets.get(name)) : Optional.empty();
    }

    Asset get(String name) {
        return assets.get(name);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/vn/motcua/portal/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("portal asset missing from the bundle: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
