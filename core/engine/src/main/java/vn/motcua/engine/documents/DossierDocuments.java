package vn.motcua.engine.documents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Prints the official slips of dossiers for staff. The template follows the regime in force when the dossier was
 * received (decision 0501). Thread-safe. The caller has checked that the officer may see the dossier or unit.
 */
@ProviderType
public interface DossierDocuments {

    /**
     * One slip of a dossier as PDF.
     *
     * @return empty when the dossier does not exist or the slip does not exist (yet): a refusal only after a
     *         refusal, an apology only once issued, and so on ({@link #available(String)})
     * @throws IllegalStateException when no slip renderer is running
     */
    Optional<byte[]> slip(String dossierCode, DocumentKind kind);

    /** The slips that exist for the dossier now; empty for an unknown dossier. */
    Set<DocumentKind> available(String dossierCode);

    /**
     * The tracking book (Sổ theo dõi hồ sơ) of a unit: every dossier it received from {@code from} to {@code to}
     * inclusive (days in Asia/Ho_Chi_Minh), in order of receipt, with its appointment, return and timeliness.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the period is longer than a year
     * @throws IllegalStateException    when no slip renderer is running
     */
    byte[] trackingBook(String unitCode, LocalDate from, LocalDate to);
}
