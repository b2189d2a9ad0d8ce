package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.engine.EngineFixture.PROCEDURE;
import static vn.motcua.engine.EngineFixture.SXD;
import static vn.motcua.engine.EngineFixture.WARD;
import static vn.motcua.engine.EngineFixture.member;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Role;
import vn.motcua.storage.TestDatabases;

/**
 * The clerk finds an applicant's dossiers by the phone number or citizen id the applicant gives at the counter
 * (issue 13: "search covers open dossiers only and not by phone or citizen id"), in any status, written as people
 * write numbers, and only at the officer's own units.
 */
class ApplicantNumberSearchTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void findsTheApplicantsDossiersByPhoneOrCitizenIdAtTheOfficersUnitsOnly(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String first = f.submitOnline("k1").code();
            String second = f.submitAtCounter().code();
            String other = f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.COUNTER, Channel.COUNTER,
                    new Applicant("Trần Thị Bình", "001190054321", "0987654321", null, "Phường Ba Đình, Hà Nội"),
                    Map.of("hoTen", "Trần Thị Bình", "soDinhDanh", "001190054321", "diaChiCongTrinh", "Số 2 Phan Đình Phùng"),
                    List.of(), EngineFixture.officer(), true, null)).code();
            StaffPrincipal clerk = member(WARD, Role.ONE_STOP_OFFICER);

            // Stopped at the applicant's request: the search still finds it, the work list does not.
            f.engine.act(first, ActionCommand.of(DossierAction.WITHDRAW, Actor.citizen()).withSecondFactor("0912345678"));
            assertTrue(f.engine.queue(WARD, Role.ONE_STOP_OFFICER, QueueFilter.all(), clerk).stream().noneMatch(x -> x.code().equals(first)));

            for (String written : List.of("0912345678", "0912 345 678", "+84 912.345.678", "001090012345")) {
                List<String> codes = f.engine.findByApplicantNumber(written, 20, clerk).stream().map(DossierSummary::code).toList();
                assertEquals(List.of(first, second).stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes, written);
            }
            assertEquals(List.of(other), f.engine.findByApplicantNumber("0987654321", 20, clerk).stream().map(DossierSummary::code).toList());
            assertEquals(1, f.engine.findByApplicantNumber("0912345678", 1, clerk).size(), "the limit holds");
            assertTrue(f.engine.findByApplicantNumber("0900000000", 20, clerk).isEmpty(), "an unknown number finds nothing");
            assertTrue(f.engine.findByApplicantNumber("không số", 20, clerk).isEmpty(), "no digits, no search");
            assertTrue(f.engine.findByApplicantNumber("0912345678", 20, member(SXD, Role.SPECIALIST)).isEmpty(),
                    "another unit's officer does not find the ward's dossiers");
        }
    }
}
