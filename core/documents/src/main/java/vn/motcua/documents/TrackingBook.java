package vn.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tracking book (Sổ theo dõi hồ sơ) for a period: 2018 Mẫu số 06, 2025 BM.07. One row per dossier, printed in A4
 * landscape; the table continues over as many pages as it needs, its header repeated.
 *
 * <p>Each row is printed under the form of the regime in force when its dossier was received: a period that spans
 * 1 July 2025 gives two sections, each starting on a new page with its own title.
 *
 * @param issuer the unit keeping the book
 * @param volume the volume (quyển số)
 * @param from   first day of the period
 * @param to     last day of the period; not before {@code from}
 * @param rows   the dossiers, in the order to print
 */
public record TrackingBook(Issuer issuer, String volume, LocalDate from, LocalDate to, List<TrackingRow> rows)
        implements Slip {
    public TrackingBook {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
        rows = List.copyOf(rows);
    }

    /** The start of the period (00:00 in Asia/Ho_Chi_Minh): the book as a whole follows the regime then in force. */
    @Override
    public Instant receivedAt() {
        return from.atStartOfDay(FormRegime.ZONE).toInstant();
    }
}
