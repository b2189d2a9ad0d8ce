package vn.motcua.storage;

/** A unit of work run by {@link DossierStore#inTransaction}. */
@FunctionalInterface
public interface StoreWork<T> {
    T run(StoreTransaction tx);
}
