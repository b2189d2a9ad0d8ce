package vn.motcua.web.internal;

import java.util.List;
import java.util.Optional;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/** {@code GET /units}: the unit hierarchy; and the one place a {@code unit} parameter is turned into a unit. */
final class UnitsResource {

    private final UnitDirectory units;

    UnitsResource(UnitDirectory units) {
        this.units = units;
    }

    Reply list(ApiCall call) {
        List<Unit> all = units.all();
        return Reply.ok(java.util.Map.of("units", all, "count", all.size()));
    }

    /** The unit named by query parameter {@code unit}, if given; an unknown code is a 400 naming the parameter. */
    Optional<Unit> fromQuery(ApiCall call) {
        return call.query("unit").map(code -> units.find(code).orElseThrow(() -> ApiProblem.badParameter("unit",
                "Không có đơn vị mã '" + code + "'; danh sách đơn vị ở /api/v1/units.")));
    }

    Unit requiredFromQuery(ApiCall call) {
        return fromQuery(call).orElseThrow(() -> ApiProblem.badParameter("unit",
                "Cần tham số unit (mã đơn vị tiếp nhận); danh sách đơn vị ở /api/v1/units."));
    }

    Unit fromPath(String code) {
        return units.find(code).orElseThrow(() -> ApiProblem.notFound("no_such_unit",
                "Không có đơn vị mã '" + code + "'; danh sách đơn vị ở /api/v1/units."));
    }
}
