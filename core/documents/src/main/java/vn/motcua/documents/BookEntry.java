package vn.motcua.documents;

import java.util.Objects;

/**
 * Where the dossier was entered in the tracking book (Sổ theo dõi hồ sơ).
 *
 * @param volume the volume (quyển số), e.g. "01/2026"
 * @param number the entry number in that volume (số thứ tự)
 */
public record BookEntry(String volume, int number) {
    public BookEntry {
        Objects.requireNonNull(volume, "volume");
        if (number < 1) {
            throw new IllegalArgumentException("tracking-book number must be positive: " + number);
        }
    }
}
