package vn.motcua.engine.internal;

/**
 * The lookup factors (phone, personal identification number) as stored: hashed with the dossier code, so the
 * table of hashes does not list numbers and equal numbers of different dossiers hash differently. A 10-digit phone
 * number is guessable by brute force from its hash; the hash keeps numbers out of indexes, logs and URLs, it is not
 * encryption (decision 0303).
 */
final class SecondFactors {
    private SecondFactors() {
    }

    /** Digits only; a Vietnamese mobile number in +84 form becomes 0… . */
    static String normalise(String factor) {
        if (factor == null) {
            return "";
        }
        String digits = factor.replaceAll("[^0-9]", "");
        if (factor.strip().startsWith("+84") && digits.startsWith("84")) {
            digits = "0" + digits.substring(2);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    static String hash(String dossierCode, String factor) {
        String normalised = normalise(factor);
        return normalised.isEmpty() ? null : Hashing.sha256(dossierCode + "\u001f" + normalised);
    }

    /** True when the factor matches the phone or the ID hash; always computes and compares both. */
    static boolean matches(String dossierCode, String factor, String phoneHash, String citizenIdHash) {
        String candidate = hash(dossierCode, factor);
        String probe = candidate == null ? "-" : candidate;
        boolean phone = Hashing.sameHash(probe, phoneHash == null ? "" : phoneHash);
        boolean id = Hashing.sameHash(probe, citizenIdHash == null ? "" : citizenIdHash);
        return candidate != null && (phone | id);
    }
}
