package vn.motcua.runtime.registry;

import java.util.Objects;

/**
 * Where a registered procedure comes from, with the exact descriptor text so that a dossier can keep it.
 *
 * @param bundleId       the framework's bundle id
 * @param bundleName     Bundle-SymbolicName
 * @param bundleVersion  Bundle-Version
 * @param descriptorPath path of the descriptor inside the bundle
 * @param sha256         SHA-256 of the descriptor text, hex
 * @param descriptorText the descriptor as written, normalised to NFC
 */
public record ProcedureSource(long bundleId, String bundleName, String bundleVersion, String descriptorPath,
                              String sha256, String descriptorText) {
    public ProcedureSource {
        Objects.requireNonNull(bundleName, "bundleName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(descriptorText, "descriptorText");
    }
}
