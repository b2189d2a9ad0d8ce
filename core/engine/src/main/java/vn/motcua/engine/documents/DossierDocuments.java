package vn.motcua.engine.documents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.engine.StaffPrincipal;

/**
 * Prints the official slips of dossiers for staff. The template follows the regime in force when the dossier was
 * received (decision 0501). Thread-safe. A dossier's slips exist only for a staff member who may see the dossier, by
 * the engine's one rule (decision 1310); the caller checks the unit of the tracking book.
 */
@ProviderType
public interface DossierDocuments {

    /**
     * One slip of a dossier as PDF.
     *
     * @return empty when the dossier does not exist or {@code who} may not see it, or the slip does not exist (yet):
     *         a refusal only after a refusal, an apology only once issued, and so on ({@link #available})
     * @throws IllegalStateException when no slip renderer is running
     * @since 2.0
     */
    Optional<byte[]> slip(String dossierCode, DocumentKind kind, StaffPrincipal who);

    /**
     * The slips that exist for the dossier now; empty for an unknown dossier or one {@code who} may not see.
     *
     * @since 2.0
     */
    Set<DocumentKind> available(String dossierCode, StaffPrincipal who);

    /**
     * The tracking book (Sổ theo dõi hồ sơ) of a unit: every dossier it received from {@code from} to {@code to}
     * inclusive (days in Asia/Ho_Chi_Minh), in order of receipt, with its appointment, return and timeliness.
     *
     * @return empty when {@code who} works neither for the unit nor city-wide: for them the book does not exist, like
     *         a dossier of another unit (decision 1310: the engine decides, not each page)
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the period is longer than a year
     * @throws IllegalStateException    when no slip renderer is running
     * @since 3.0
     */
    java.util.Optional<byte[]> trackingBook(String unitCode, LocalDate from, LocalDate to, StaffPrincipal who);
}
