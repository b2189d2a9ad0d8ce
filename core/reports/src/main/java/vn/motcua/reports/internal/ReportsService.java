package vn.motcua.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.reports.IndicatorScore;
import vn.motcua.reports.Reports;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.RatingCounts;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.ReportStore;

/** {@link Reports} over the report store and the roll-up. Thread-safe. */
final class ReportsService implements Reports {

    private final ReportStore store;
    private final RollUp rollUp;
    private final IndicatorConfig indicators;
    private final Clock clock;

    ReportsService(ReportStore store, RollUp rollUp, IndicatorConfig indicators, Clock clock) {
        this.store = store;
        this.rollUp = rollUp;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> asOf() {
        return store.watermark(RollUp.WATERMARK);
    }

    @Override
    public void rollUp() {
        rollUp.run();
    }

    @Override
    public List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping) {
        return store.figures(filter, grouping, clock.instant());
    }

    @Override
    public List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, int offset, int limit) {
        return store.dossiers(filter, figure, clock.instant(), offset, limit);
    }

    @Override
    public void eachDossier(ReportFilter filter, ReportFigure figure, int limit, java.util.function.Consumer<DossierFactRecord> row) {
        store.eachDossier(filter, figure, clock.instant(), limit, row);
    }

    @Override
    public List<OfficerFigures> officers(ReportFilter filter, int limit) {
        return store.officers(filter, limit);
    }

    @Override
    public List<HandoverFactRecord> lateHandovers(ReportFilter filter, int limit) {
        return store.lateHandovers(filter, limit);
    }

    @Override
    public List<IndicatorScore> indicators(ReportFilter filter) {
        List<FigureRow> rows = figures(filter, ReportGrouping.TOTAL);
        FigureRow total = rows.isEmpty() ? null : rows.get(0);
        RatingCounts ratings = store.ratings(filter, indicators.satisfiedFrom());
        List<IndicatorScore> out = new ArrayList<>();
        for (IndicatorConfig.Indicator i : indicators.indicators()) {
            out.add(new IndicatorScore(i.id(), i.group(), i.name(), i.weight(), sum(i.numerator(), total, ratings),
                    sum(i.denominator(), total, ratings), i.available(), i.formula()));
        }
        return out;
    }

    private static long sum(List<String> terms, FigureRow row, RatingCounts ratings) {
        long n = 0;
        for (String t : terms) {
            n += switch (t) {
                case IndicatorConfig.RATINGS -> ratings.total();
                case IndicatorConfig.RATINGS_SATISFIED -> ratings.satisfied();
                default -> row == null ? 0 : row.count(ReportFigure.valueOf(t));
            };
        }
        return n;
    }
}
