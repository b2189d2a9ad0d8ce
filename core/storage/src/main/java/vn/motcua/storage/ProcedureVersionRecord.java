package vn.motcua.storage;

import java.time.Instant;

/**
 * The exact procedure version dossiers were received under, stored once per descriptor hash so a dossier can
 * finish under it after its bundle is updated or removed.
 *
 * @param descriptorHash SHA-256 of {@code descriptorText}, hex
 * @param procedureCode  national procedure code
 * @param version        declared version
 * @param descriptorText the descriptor as the bundle shipped it
 * @param definitionJson the parsed definition serialised as JSON
 * @param storedAt       first stored
 */
public record ProcedureVersionRecord(String descriptorHash, String procedureCode, String version, String descriptorText,
                                     String definitionJson, Instant storedAt) {
}
