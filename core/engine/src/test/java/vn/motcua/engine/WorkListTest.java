package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.engine.DossierAction.ACCEPT;
import static vn.motcua.engine.EngineFixture.SXD;
import static vn.motcua.engine.EngineFixture.WARD;
import static vn.motcua.engine.EngineFixture.officer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Role;
import vn.motcua.engine.StaffPrincipal.Duty;
import vn.motcua.engine.StaffPrincipal.Grant;
import vn.motcua.storage.TestDatabases;

/**
 * One work list for the API and the workspace (issue 13: the HTTP layers merged queues by two algorithms): every
 * queue the officer holds, merged in the engine, each dossier once, no queue of a role held elsewhere.
 */
class WorkListTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void mergesTheQueuesOfEveryRoleTheOfficerHoldsAndNoOther(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String online = f.submitOnline("w1").code();          // waits for the counter's check: no step deadline
            String accepted = f.submitOnline("w2").code();
            f.act(accepted, ACCEPT, officer());                  // now at the ward's specialist
            StaffPrincipal both = new StaffPrincipal("kiemnhiem", Set.of(new Grant(WARD, Duty.ONE_STOP_OFFICER),
                    new Grant(WARD, Duty.SPECIALIST), new Grant(SXD, Duty.CONTROL_OFFICER)));

            WorkList list = f.engine.workList(QueueFilter.all(), both);

            assertEquals(List.of(online, accepted), list.items().stream().map(w -> w.dossier().code()).toList(),
                    "the dossier owed since it arrived comes before a step due later");
            assertEquals(List.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST), list.items().stream().map(WorkItem::role).toList());
            assertFalse(list.capped());
            assertEquals(List.of(accepted), f.engine.workList(new QueueFilter(List.of(), null, 1, 1), both).items().stream()
                    .map(w -> w.dossier().code()).toList(), "offset and limit apply to the merged list");
            assertTrue(f.engine.workList(QueueFilter.all(), StaffPrincipal.of("sxd", Duty.SPECIALIST, SXD)).items().isEmpty(),
                    "a role held at another unit lists none of the ward's work");
            assertTrue(f.engine.workList(QueueFilter.all(), EngineFixture.CITY).items().isEmpty(), "no processing role, no work");
        }
    }
}
