package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The report facts (decision 1000): one row per dossier and per hand-over, folded from the events by the reports
 * bundle's roll-up, and monthly counts kept beside them. The engine never writes here, and the roll-up follows the
 * events by their id (decision 1011), so reporting costs the engine's transactions nothing. Thread-safe; each method is
 * one transaction.
 */
@ProviderType
public interface ReportStore {

    /** The named roll-up's watermark: the figures are complete up to this time. Empty before the first run. */
    Optional<Instant> watermark(String name);

    /**
     * The named roll-up's event mark: every event with an id up to it has been folded (decision 1011); 0 before the first
     * run.
     *
     * @since 2.4
     */
    long eventMark(String name);

    /**
     * At most {@code limit} events with an id above {@code afterId}, in id order: a page of the events feed.
     *
     * @since 2.4
     */
    List<FedEvent> eventsAfter(long afterId, int limit);

    /**
     * Replaces the facts of these dossiers (and their hand-overs), recounts the monthly rows they were or are in, and
     * moves the watermark and the event mark, all in one transaction.
     *
     * @param watermark null to leave it
     * @param eventMark the new event mark; a negative value leaves it
     * @since 2.4
     */
    void saveFacts(List<DossierFactRecord> facts, List<HandoverFactRecord> handovers, String watermarkName, Instant watermark,
                   long eventMark);

    /** Recounts every monthly row from the dossier facts (after a bulk load). */
    void rebuildMonthly();

    /**
     * The figures of a period as kept in the monthly rows; {@link ReportFigure.Dated#NOW} figures are counted at
     * {@code now} from the dossier facts (they have no month).
     */
    List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping, Instant now);

    /** The same figures counted straight from the dossier facts: what {@link #figures} must equal (the recount). */
    List<FigureRow> recount(ReportFilter filter, ReportGrouping grouping, Instant now);

    /** The dossiers behind one figure, most recent first: exactly those {@link #recount} counts. */
    List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, Instant now, int offset, int limit);

    /**
     * The dossiers {@link #dossiers} lists from the first, in the same order, handed to {@code row} one at a time as they
     * are read: an export of 100,000 rows never holds them all (decision 1012). {@code row} runs inside the read
     * transaction, so it should only write the row out.
     *
     * @since 2.5
     */
    void eachDossier(ReportFilter filter, ReportFigure figure, Instant now, int limit, Consumer<DossierFactRecord> row);

    /** Hand-overs per officer at the filter's units (the step's unit) in the period, most hand-overs first. */
    List<OfficerFigures> officers(ReportFilter filter, int limit);

    /** The late hand-overs at the filter's units in the period, most recent first. */
    List<HandoverFactRecord> lateHandovers(ReportFilter filter, int limit);

    /**
     * Citizen evaluations of the filter's units and procedure given in the period, and how many of them have an overall
     * rating of at least {@code satisfiedFrom}.
     */
    RatingCounts ratings(ReportFilter filter, int satisfiedFrom);

    /** The fact row of a dossier, if folded. */
    Optional<DossierFactRecord> fact(String dossierCode);

    /**
     * Dossiers in progress and overdue at {@code now} per receiving unit, by the one definition of
     * {@link ReportFigure#IN_PROGRESS_OVERDUE}: what the metrics endpoint reports (units with none are absent).
     *
     * @since 2.2
     */
    java.util.Map<String, Long> overdueByUnit(Instant now);
}
