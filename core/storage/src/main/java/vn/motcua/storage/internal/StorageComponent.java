package vn.motcua.storage.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.CitizenStore;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.FeedbackRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.StoreWork;

/**
 * Opens the database named by the framework property {@code motcua.db.url} (default: an H2 file under
 * {@code motcua.data.dir}) and offers it as the {@link DossierStore} service.
 */
@Component(service = {DossierStore.class, CitizenStore.class}, immediate = true)
public final class StorageComponent implements DossierStore, CitizenStore {

    private final JdbiDossierStore store;
    private final CitizenStore citizen;

    @Activate
    public StorageComponent(BundleContext context) {
        String data = context.getProperty("motcua.data.dir");
        Path dataDir = Path.of(data == null ? "data" : data);
        String url = context.getProperty("motcua.db.url");
        DatabaseSettings settings = url == null || url.isBlank()
                ? DatabaseSettings.h2File(dataDir)
                : new DatabaseSettings(url, context.getProperty("motcua.db.user"), context.getProperty("motcua.db.password"), 16);
        this.store = JdbiDossierStore.open(settings, dataDir);
        this.citizen = store.citizenStore();
    }

    /** The open database, for {@link StaffStoreComponent} in this bundle. */
    JdbiDossierStore database() {
        return store;
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public <T> T inTransaction(StoreWork<T> work) {
        return store.inTransaction(work);
    }

    @Override
    public AttachmentFiles files() {
        return store.files();
    }

    @Override
    public String databaseProduct() {
        return store.databaseProduct();
    }

    @Override
    public boolean insertEvaluation(EvaluationRecord evaluation) {
        return citizen.insertEvaluation(evaluation);
    }

    @Override
    public Optional<EvaluationRecord> evaluation(String dossierCode) {
        return citizen.evaluation(dossierCode);
    }

    @Override
    public void insertFeedback(FeedbackRecord feedback) {
        citizen.insertFeedback(feedback);
    }

    @Override
    public Optional<FeedbackRecord> feedback(String reference) {
        return citizen.feedback(reference);
    }

    @Override
    public boolean answerFeedback(String reference, String answer, String answeredBy, Instant answeredAt) {
        return citizen.answerFeedback(reference, answer, answeredBy, answeredAt);
    }

    @Override
    public List<FeedbackRecord> feedbackOfUnit(String unitCode, boolean openOnly, int limit) {
        return citizen.feedbackOfUnit(unitCode, openOnly, limit);
    }
}
