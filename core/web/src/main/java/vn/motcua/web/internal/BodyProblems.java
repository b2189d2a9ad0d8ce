package vn.motcua.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;

/** Turns unreadable request bodies into problems that say where the JSON is wrong. */
final class BodyProblems {
    private BodyProblems() {
    }

    static ApiProblem malformed(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " (dòng " + loc.getLineNr() + ", cột " + loc.getColumnNr() + ")";
        return new ApiProblem(400, "malformed_json", "JSON không hợp lệ",
                "Không đọc được nội dung JSON" + where + ": " + e.getOriginalMessage(), List.of(), Map.of());
    }
}
