package vn.motcua.storage;

import java.util.Map;

/**
 * The figures of one report row.
 *
 * @param key           unit code, procedure code, month (yyyymm) or {@code ""}, by {@link ReportGrouping}
 * @param counts        dossiers per figure; a figure not present counts 0
 * @param usedMinutes   sum of working minutes used by the finished dossiers
 * @param limitMinutes  sum of their working-minute limits
 * @param worstPermille the worst used/limit ratio among them, in thousandths
 */
public record FigureRow(String key, Map<ReportFigure, Long> counts, long usedMinutes, long limitMinutes, long worstPermille) {
    public FigureRow {
        counts = Map.copyOf(counts);
    }

    public long count(ReportFigure figure) {
        return counts.getOrDefault(figure, 0L);
    }
}
