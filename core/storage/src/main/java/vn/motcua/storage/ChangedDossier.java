package vn.motcua.storage;

import java.time.Instant;

/** A dossier whose row changed at {@code updatedAt}: the roll-up folds it again. */
public record ChangedDossier(String code, Instant updatedAt) {
}
