package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.documents.SlipRenderer;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.Upload;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Evaluation;
import vn.motcua.engine.citizen.FeedbackCommand;
import vn.motcua.engine.citizen.FeedbackView;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.units.Unit;
import vn.motcua.storage.StaffStore;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.CitizenStore;
import vn.motcua.storage.FeedbackDeskStore;

/** Wires {@link StoredCitizenDesk} in OSGi, with a feedback desk built like {@link FeedbackDeskComponent}'s; the slip renderer is optional (no PDFs while it is absent). */
@Component(service = CitizenDesk.class)
public final class CitizenDeskComponent implements CitizenDesk {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SlipRenderer renderer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffStore staff;

    private final StoredCitizenDesk desk;

    @Activate
    public CitizenDeskComponent(BundleContext context, @Reference UncheckedDossiers engine, @Reference CitizenStore store,
                                @Reference FeedbackDeskStore feedback, @Reference WorkingCalendar calendar,
                                @Reference UnitDirectory units, @Reference ProcedureRegistry registry) {
        OfficerNames officers = new OfficerNames(() -> staff);
        StoredCitizenDesk.Catalogue catalogue = new StoredCitizenDesk.Catalogue() {
            @Override
            public String officerName(String accountId) {
                return officers.apply(accountId);
            }

            @Override
            public Optional<Unit> unit(String code) {
                return units.find(code);
            }

            @Override
            public Optional<ProcedureDefinition> procedure(String code, String version) {
                List<ProcedureDefinition> same = registry.all().stream().map(RegisteredProcedure::definition)
                        .filter(d -> d.code().equals(code)).toList();
                return same.stream().filter(d -> d.version().equals(version)).findFirst().or(() -> same.stream().findFirst());
            }
        };
        this.desk = new StoredCitizenDesk(engine, store, FeedbackDeskComponent.create(context, feedback, calendar, units),
                catalogue, () -> renderer, Clock.systemUTC());
    }

    @Override
    public Optional<Grant> open(String dossierCode, String phoneOrCitizenId) {
        return desk.open(dossierCode, phoneOrCitizenId);
    }

    @Override
    public void close(String token) {
        desk.close(token);
    }

    @Override
    public Optional<CitizenView> view(String token, String dossierCode) {
        return desk.view(token, dossierCode);
    }

    @Override
    public ActionResult answerSupplement(String token, String dossierCode, String note, List<Upload> uploads) {
        return desk.answerSupplement(token, dossierCode, note, uploads);
    }

    @Override
    public Optional<byte[]> slip(String token, String dossierCode, SlipKind kind) {
        return desk.slip(token, dossierCode, kind);
    }

    @Override
    public Optional<vn.motcua.engine.AttachmentFile> result(String token, String dossierCode) {
        return desk.result(token, dossierCode);
    }

    @Override
    public Optional<byte[]> slipForStaff(String dossierCode, SlipKind kind, vn.motcua.engine.StaffPrincipal who) {
        return desk.slipForStaff(dossierCode, kind, who);
    }

    @Override
    public Evaluation evaluate(String token, String dossierCode, Ratings ratings) {
        return desk.evaluate(token, dossierCode, ratings);
    }

    @Override
    public Grant openCounterRating(String dossierCode, vn.motcua.engine.StaffPrincipal who) {
        return desk.openCounterRating(dossierCode, who);
    }

    @Override
    public Optional<String> counterRatingDossier(String token) {
        return desk.counterRatingDossier(token);
    }

    @Override
    public Evaluation evaluateAtCounter(String token, Ratings ratings) {
        return desk.evaluateAtCounter(token, ratings);
    }

    @Override
    public Optional<Evaluation> evaluation(String token, String dossierCode) {
        return desk.evaluation(token, dossierCode);
    }

    @Override
    public FeedbackView sendFeedback(FeedbackCommand command) {
        return desk.sendFeedback(command);
    }

    @Override
    public Optional<FeedbackView> trackFeedback(String reference, String phone) {
        return desk.trackFeedback(reference, phone);
    }

    @Override
    public Optional<FeedbackView> rateFeedbackAnswer(String reference, String phone, Integer rating) {
        return desk.rateFeedbackAnswer(reference, phone, rating);
    }

    @Override
    public Optional<FeedbackView> findFeedback(String reference) {
        return desk.findFeedback(reference);
    }

    @Override
    public Optional<FeedbackView> answerFeedback(String reference, String answer, String answeredBy) {
        return desk.answerFeedback(reference, answer, answeredBy);
    }
}
