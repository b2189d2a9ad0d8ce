package vn.motcua.engine.citizen;

import java.util.List;

/**
 * A citizen's answers to the evaluation criteria (domain.md §7: overall, convenience of the online service,
 * timeliness, officials' attitude, publicity of the procedure, how many times the citizen had to contact the
 * counter, how many agencies). Levels are 1 (không hài lòng), 2 (hài lòng), 3 (rất hài lòng).
 *
 * @param overall           overall satisfaction, required
 * @param onlineService     convenience of the online service; null when not used
 * @param timeliness        handling time against the allowed time
 * @param attitude          attitude and conduct of the officials
 * @param publicity         publicity and clarity of the procedure
 * @param counterContacts   times the citizen had to contact the counter to complete the dossier (0–20)
 * @param agencies          agencies the citizen had to contact (1–10)
 * @param comment           free text, at most 2,000 characters; may be null
 */
public record Ratings(Integer overall, Integer onlineService, Integer timeliness, Integer attitude, Integer publicity,
                      Integer counterContacts, Integer agencies, String comment) {

    /** One criterion as a form shows it. */
    public record Criterion(String id, String label, boolean level, boolean required, int min, int max) {
    }

    /** The criteria in display order, with Vietnamese labels. */
    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("overall", "Mức độ hài lòng chung", true, true, 1, 3),
            new Criterion("onlineService", "Sự thuận tiện của dịch vụ công trực tuyến", true, false, 1, 3),
            new Criterion("timeliness", "Thời gian giải quyết so với thời hạn quy định", true, true, 1, 3),
            new Criterion("attitude", "Thái độ, tác phong của cán bộ, công chức", true, true, 1, 3),
            new Criterion("publicity", "Sự công khai, minh bạch của thủ tục", true, true, 1, 3),
            new Criterion("counterContacts", "Số lần phải liên hệ Bộ phận Một cửa để hoàn thiện hồ sơ", false, true, 0, 20),
            new Criterion("agencies", "Số cơ quan phải liên hệ", false, true, 1, 10));

    /** The answer to a criterion by id; null when not given. */
    public Integer answer(String criterion) {
        return switch (criterion) {
            case "overall" -> overall;
            case "onlineService" -> onlineService;
            case "timeliness" -> timeliness;
            case "attitude" -> attitude;
            case "publicity" -> publicity;
            case "counterContacts" -> counterContacts;
            case "agencies" -> agencies;
            default -> throw new IllegalArgumentException("unknown criterion " + criterion);
        };
    }
}
