package vn.motcua.storage;

/**
 * A dossier's hashed lookup factors (decision 0303), without the rest of the row: what a search by phone number or
 * citizen id compares, one dossier at a time, because each hash is salted with the dossier's code.
 *
 * @param code          the dossier code
 * @param phoneHash     hash of the normalised phone number; null if none was given
 * @param citizenIdHash hash of the normalised personal identification number; null if none was given
 */
public record LookupFactors(String code, String phoneHash, String citizenIdHash) {
}
