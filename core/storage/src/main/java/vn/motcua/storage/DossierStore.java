package vn.motcua.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Transactional access to the dossier database. Thread-safe; each call of {@link #inTransaction} runs on its
 * own connection and commits before it returns, so a returned value is durable (see decision 0301).
 */
@ProviderType
public interface DossierStore {

    /**
     * Runs {@code work} in one database transaction: committed when it returns normally, rolled back when it
     * throws. Exceptions thrown by {@code work} propagate unchanged.
     *
     * @throws DuplicateKeyException when a unique key was violated (the transaction is rolled back)
     * @throws StorageException      when the database fails
     */
    <T> T inTransaction(StoreWork<T> work);

    /** The attachment file area of this store. */
    AttachmentFiles files();

    /** Database product name as reported by the driver, e.g. {@code H2} or {@code PostgreSQL}. */
    String databaseProduct();
}
