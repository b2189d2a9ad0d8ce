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
                "Không đọc được nội dung JSON" + where + ": " + reason(e.getOriginalMessage()), List.of(), Map.of());
    }

    /**
     * The parser's reason in Vietnamese. Its own text is English and names library classes and limits
     * ("StreamReadConstraints.getMaxNestingDepth()"), which a caller cannot use (issue 13).
     */
    private static String reason(String parserMessage) {
        String m = String.valueOf(parserMessage).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "các đối tượng, mảng lồng nhau quá sâu.";
        }
        if (m.contains("length") && m.contains("exceeds")) {
            return "một giá trị dài quá giới hạn cho phép.";
        }
        if (m.contains("end-of-input") || m.contains("eof")) {
            return "nội dung kết thúc giữa chừng.";
        }
        if (m.contains("character") || m.contains("token")) {
            return "có ký tự không đúng cú pháp JSON.";
        }
        return "sai cú pháp JSON.";
    }
}
