package vn.motcua.storage.internal;

import static vn.motcua.storage.internal.SqlTime.ts;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.PassLeases;

/** {@link PassLeases} on the dossier store's database: one conditional UPDATE, or the first INSERT. Thread-safe. */
final class JdbiPassLeases implements PassLeases {

    private final JdbiProcedureSwitchStore.Transactions db;

    JdbiPassLeases(JdbiProcedureSwitchStore.Transactions db) {
        this.db = db;
    }

    @Override
    public boolean tryHold(String pass, String holder, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        // The row lock of the UPDATE decides between nodes trying at once; a lost lease costs one skipped pass.
        boolean held = db.light(h -> h.createUpdate("UPDATE pass_leases SET holder = :holder, held_until = :until"
                        + " WHERE name = :name AND (holder = :holder OR held_until < :now)")
                .bind("holder", holder).bind("until", ts(until)).bind("name", pass).bind("now", ts(now)).execute() == 1);
        if (held) {
            return true;
        }
        try {
            return db.light(h -> h.createUpdate("INSERT INTO pass_leases (name, holder, held_until) VALUES (:name, :holder, :until)")
                    .bind("name", pass).bind("holder", holder).bind("until", ts(until)).execute() == 1);
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }
}
