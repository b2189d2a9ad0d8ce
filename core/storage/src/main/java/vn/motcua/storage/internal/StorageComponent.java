package vn.motcua.storage.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import vn.motcua.storage.AttachmentFiles;
import vn.motcua.storage.BackupArchive;
import vn.motcua.storage.StorageCheck;
import vn.motcua.storage.StorageOperations;
import vn.motcua.storage.CitizenStore;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.FeedbackRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.StoreWork;

/**
 * Opens the database named by the framework property {@code motcua.db.url} (default: an H2 file under
 * {@code motcua.data.dir}) and offers it as the {@link DossierStore} service.
 */
@Component(service = {DossierStore.class, CitizenStore.class, StorageOperations.class}, immediate = true)
public final class StorageComponent implements DossierStore, CitizenStore, StorageOperations {

    private final JdbiDossierStore store;
    private final CitizenStore citizen;
    private final StoreHealth health;

    @Activate
    public StorageComponent(BundleContext context) {
        String data = context.getProperty("motcua.data.dir");
        Path dataDir = Path.of(data == null ? "data" : data);
        String url = context.getProperty("motcua.db.url");
        PoolSettings pooling = PoolSettings.from(context::getProperty);
        DatabaseSettings settings = url == null || url.isBlank()
                ? DatabaseSettings.h2File(dataDir)
                : new DatabaseSettings(url, context.getProperty("motcua.db.user"), context.getProperty("motcua.db.password"), pooling.maxSize());
        this.store = JdbiDossierStore.open(settings, pooling, dataDir);
        this.citizen = store.citizenStore();
        this.health = store.healthChecks(megabytes(context.getProperty("motcua.health.minFreeMb"), 256) * 1024 * 1024);
    }

    private static long megabytes(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("motcua.health.minFreeMb must be a whole number of megabytes, was '" + value + "'");
        }
    }

    /** The open database, for {@link StaffStoreComponent} in this bundle. */
    JdbiDossierStore database() {
        return store;
    }

    @Deactivate
    void deactivate() {
        health.close();
        store.close();
    }

    @Override
    public List<StorageCheck> check(Duration timeout) {
        return health.check(timeout);
    }

    @Override
    public BackupArchive backup(Path archive) {
        return store.backup(archive, Clock.systemUTC());
    }

    @Override
    public java.util.Optional<vn.motcua.storage.PoolFigures> poolFigures() {
        return store.poolFigures().map(f -> new vn.motcua.storage.PoolFigures(f.active(), f.idle(), f.waiting()));
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
