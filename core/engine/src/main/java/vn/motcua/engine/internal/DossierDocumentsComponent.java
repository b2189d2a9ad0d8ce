package vn.motcua.engine.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.documents.SlipRenderer;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.StaffStore;

/**
 * Staff slips over the engine's views; the mapping itself is {@link Slips}, shared with the citizen desk. The
 * renderer is optional so that the engine runs without the documents bundle (slips are then unavailable).
 */
@Component(service = DossierDocuments.class)
public final class DossierDocumentsComponent implements DossierDocuments {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A book longer than this is printed in several periods; it keeps one request from loading a whole year of a busy unit. */
    private static final int MAX_BOOK_ROWS = 5000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SlipRenderer renderer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffStore staff;

    private final OfficerNames officers = new OfficerNames(() -> staff);

    private final UncheckedDossiers engine;
    private final DossierStore store;
    private final UnitDirectory units;
    private final ProcedureRegistry registry;

    @Activate
    public DossierDocumentsComponent(@Reference UncheckedDossiers engine, @Reference DossierStore store,
                                     @Reference UnitDirectory units, @Reference ProcedureRegistry registry) {
        this.engine = engine;
        this.store = store;
        this.units = units;
        this.registry = registry;
    }

    @Override
    public Optional<byte[]> slip(String dossierCode, DocumentKind kind, StaffPrincipal who) {
        SlipRenderer r = renderer();
        return engine.find(dossierCode, who).flatMap(d -> Slips.of(kind, d, this::unitName, officers, definition(d))).map(r::render);
    }

    @Override
    public Set<DocumentKind> available(String dossierCode, StaffPrincipal who) {
        Set<DocumentKind> out = EnumSet.noneOf(DocumentKind.class);
        engine.find(dossierCode, who).ifPresent(d -> {
            for (DocumentKind k : DocumentKind.values()) {
                if (Slips.of(k, d, this::unitName, officers, definition(d)).isPresent()) {
                    out.add(k);
                }
            }
        });
        return out;
    }

    @Override
    public Optional<byte[]> trackingBook(String unitCode, LocalDate from, LocalDate to, vn.motcua.engine.StaffPrincipal who) {
        if (!who.cityWide() && !who.units().contains(unitCode)) {
            return Optional.empty();
        }
        if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw new IllegalArgumentException("the period runs from " + from + " to " + to + ": at most a year, not backwards");
        }
        SlipRenderer r = renderer();
        List<String> codes = store.inTransaction(tx -> tx.receivedBetween(unitCode, from.atStartOfDay(VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(VIETNAM).toInstant(), MAX_BOOK_ROWS)).stream().map(rec -> rec.code()).toList();
        List<DossierView> received = codes.stream().map(engine::view).flatMap(Optional::stream).toList();
        return Optional.of(r.render(Slips.trackingBook(unitName(unitCode), from, to, received)));
    }

    private SlipRenderer renderer() {
        SlipRenderer r = renderer;
        if (r == null) {
            throw new IllegalStateException("the slip renderer (bundle vn.motcua.documents) is not running");
        }
        return r;
    }

    private String unitName(String code) {
        return units.find(code).map(Unit::name).orElse(code);
    }

    private Optional<ProcedureDefinition> definition(DossierView d) {
        List<ProcedureDefinition> same = registry.all().stream().map(RegisteredProcedure::definition)
                .filter(p -> p.code().equals(d.procedureCode())).toList();
        return same.stream().filter(p -> p.version().equals(d.procedureVersion())).findFirst().or(() -> same.stream().findFirst());
    }
}
