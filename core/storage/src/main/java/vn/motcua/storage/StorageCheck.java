package vn.motcua.storage;

import java.util.Objects;

/**
 * The outcome of one health check of the store.
 *
 * @param name   what was checked: {@code database} or {@code disk}
 * @param up     true when it is fine
 * @param detail what was found, for an operator (e.g. why the database is down, the free space)
 */
public record StorageCheck(String name, boolean up, String detail) {
    public StorageCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
