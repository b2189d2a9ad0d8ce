package vn.motcua.workspace.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierView;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * What the officer's pages share: whether the account may see a dossier (the engine decides), the procedure version
 * it was received under, names of procedures and units, the not-found page, the work list. Stateless.
 */
final class WorkPages {

    private final Supplier<DossierEngine> engine;
    private final ProcedureRegistry registry;
    private final ReadableValues readable;
    private final QueuePages queue;

    WorkPages(Supplier<DossierEngine> engine, ProcedureRegistry registry, UnitDirectory units) {
        this.engine = engine;
        this.registry = registry;
        this.readable = new ReadableValues(code -> units.find(code).map(Unit::name));
        this.queue = new QueuePages(engine, registry, this);
    }

    /** The one formatter of values for every workspace page (decision 1320). */
    ReadableValues readable() {
        return readable;
    }

    // ---- queue ------------------------------------------------------------------------------------------------

    /** The work list (decision 1323), which also names the next dossier after an action. */
    QueuePages queuePages() {
        return queue;
    }

    String procedureName(String code) {
        return registry.all().stream().filter(p -> p.code().equals(code)).findFirst().map(p -> p.definition().name()).orElse(code);
    }

    // ---- dossier ----------------------------------------------------------------------------------------------

    /** The dossier if the officer may see it: the engine decides (decision 1310), empty exactly like an unknown code. */
    Optional<DossierView> visible(Req r, String code) {
        return engine.get().find(code, r.who.principal());
    }

    /** Unknown, or not the account's to see: the same page (see {@link ErrorPages#notFound}). */
    void notFound(Req r) throws IOException {
        ErrorPages.notFound(r);
    }

    /** The procedure version the dossier was received under; the nearest installed version if that one is gone. */
    Optional<ProcedureDefinition> definition(DossierView d) {
        return registry.all().stream().map(RegisteredProcedure::definition).filter(p -> p.code().equals(d.procedureCode()))
                .sorted(Comparator.comparing((ProcedureDefinition p) -> !p.version().equals(d.procedureVersion())))
                .findFirst();
    }

    String unitName(String code) {
        return readable.unit(code);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
