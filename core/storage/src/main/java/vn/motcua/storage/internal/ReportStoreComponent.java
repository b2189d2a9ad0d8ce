package vn.motcua.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FedEvent;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.RatingCounts;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.ReportStore;

/** The {@link ReportStore} service on this bundle's database (like {@link JdbiStaffStore}). */
@Component(service = ReportStore.class)
public final class ReportStoreComponent implements ReportStore {

    private final ReportStore store;

    @Activate
    public ReportStoreComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.store = ((StorageComponent) storage).database().reportStore();
    }

    @Override
    public Optional<Instant> watermark(String name) {
        return store.watermark(name);
    }

    @Override
    public long eventMark(String name) {
        return store.eventMark(name);
    }

    @Override
    public List<FedEvent> eventsAfter(long afterId, int limit) {
        return store.eventsAfter(afterId, limit);
    }

    @Override
    public void saveFacts(List<DossierFactRecord> facts, List<HandoverFactRecord> handovers, String watermarkName, Instant watermark,
                          long eventMark) {
        store.saveFacts(facts, handovers, watermarkName, watermark, eventMark);
    }

    @Override
    public void rebuildMonthly() {
        store.rebuildMonthly();
    }

    @Override
    public List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping, Instant now) {
        return store.figures(filter, grouping, now);
    }

    @Override
    public List<FigureRow> recount(ReportFilter filter, ReportGrouping grouping, Instant now) {
        return store.recount(filter, grouping, now);
    }

    @Override
    public List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, Instant now, int offset, int limit) {
        return store.dossiers(filter, figure, now, offset, limit);
    }

    @Override
    public void eachDossier(ReportFilter filter, ReportFigure figure, Instant now, int limit,
                            java.util.function.Consumer<DossierFactRecord> row) {
        store.eachDossier(filter, figure, now, limit, row);
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
    public RatingCounts ratings(ReportFilter filter, int satisfiedFrom) {
        return store.ratings(filter, satisfiedFrom);
    }

    @Override
    public Optional<DossierFactRecord> fact(String dossierCode) {
        return store.fact(dossierCode);
    }

    @Override
    public java.util.Map<String, Long> overdueByUnit(java.time.Instant now) {
        return store.overdueByUnit(now);
    }
}
