package vn.motcua.engine;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.motcua.storage.internal.DatabaseSettings;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * The child JVM of {@link CrashRecoveryTest}: four workers submit dossiers and move them through the steps,
 * printing {@code ACK <code> <event seq>} after each committed change, until killed.
 */
public final class CrashChild {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        EngineFixture f = new EngineFixture(JdbiDossierStore.open(DatabaseSettings.h2File(dir), dir),
                new MutableClock(EngineFixture.MONDAY_9AM));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            pool.submit(() -> {
                while (true) {
                    SubmitResult s = f.submitAtCounter();
                    ack(s.code(), 2);
                    ack(s.code(), f.act(s.code(), DossierAction.FORWARD, EngineFixture.specialist()).eventSeq());
                    ack(s.code(), f.act(s.code(), DossierAction.FORWARD, EngineFixture.sxdSpecialist()).eventSeq());
                    ack(s.code(), f.act(s.code(), DossierAction.APPROVE, EngineFixture.leader()).eventSeq());
                }
            });
        }
    }

    private static synchronized void ack(String code, int seq) {
        System.out.println("ACK " + code + " " + seq);
        System.out.flush();
    }
}
