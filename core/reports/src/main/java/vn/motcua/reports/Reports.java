package vn.motcua.reports;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;

/** The statistics service. Thread-safe. */
@ProviderType
public interface Reports {

    /** Every dossier change up to this moment is in the figures; empty before the first roll-up. */
    java.util.Optional<Instant> asOf();

    /** Folds the dossiers changed since the last roll-up now, instead of waiting for the next period. */
    void rollUp();

    /** The figures of the filter's dossiers, one row per key of {@code grouping}. */
    List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping);

    /** The dossiers behind one figure (what {@link #figures} counts), in pages. */
    List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, int offset, int limit);

    /**
     * The dossiers {@link #dossiers} lists from the first, in the same order, handed to {@code row} one at a time as they
     * are read: what an export writes, without holding 100,000 of them (decision 1012).
     *
     * @since 1.1
     */
    void eachDossier(ReportFilter filter, ReportFigure figure, int limit, java.util.function.Consumer<DossierFactRecord> row);

    /** Hand-overs per officer at the filter's units in the period. */
    List<OfficerFigures> officers(ReportFilter filter, int limit);

    /** Late hand-overs at the filter's units in the period (a violation the control officer follows). */
    List<HandoverFactRecord> lateHandovers(ReportFilter filter, int limit);

    /** The Decision 766/QĐ-TTg indicators of the filter's dossiers, as configured in {@code config/indicators.properties}. */
    List<IndicatorScore> indicators(ReportFilter filter);
}
