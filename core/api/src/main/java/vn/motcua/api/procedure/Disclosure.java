package vn.motcua.api.procedure;

import java.util.List;

/**
 * The public disclosure of a procedure (công khai thủ tục hành chính): what a citizen must know before submitting.
 *
 * @param legalBasis     legal documents the procedure rests on, e.g. "Luật Hộ tịch 2014"
 * @param documents      documents the applicant must provide (thành phần hồ sơ)
 * @param fees           fees and charges (phí, lệ phí); empty when free
 * @param timeLimit      the legal processing time (thời hạn giải quyết)
 * @param channels       how a dossier may be submitted
 * @param resultChannels how the result may be returned
 * @param onlineMode     the online service level under Decree 42/2022/NĐ-CP
 * @param subjects       who may apply (đối tượng thực hiện), free text
 * @param result         what the applicant receives (kết quả), e.g. "Giấy khai sinh"
 * @param timeLimitExtension the extension the law allows in a named case; {@code null} when there is none
 */
public record Disclosure(
        List<String> legalBasis,
        List<RequiredDocument> documents,
        List<Fee> fees,
        TimeLimit timeLimit,
        List<Channel> channels,
        List<Channel> resultChannels,
        OnlineMode onlineMode,
        String subjects,
        String result,
        TimeLimitExtension timeLimitExtension) {

    /** A disclosure without a legal extension of the time limit (the shape before 1.2). */
    public Disclosure(List<String> legalBasis, List<RequiredDocument> documents, List<Fee> fees, TimeLimit timeLimit,
                      List<Channel> channels, List<Channel> resultChannels, OnlineMode onlineMode, String subjects,
                      String result) {
        this(legalBasis, documents, fees, timeLimit, channels, resultChannels, onlineMode, subjects, result, null);
    }

    public Disclosure {
        java.util.Objects.requireNonNull(timeLimit, "timeLimit");
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        channels = channels == null ? List.of(Channel.COUNTER) : List.copyOf(channels);
        resultChannels = resultChannels == null ? List.of(Channel.COUNTER) : List.copyOf(resultChannels);
        onlineMode = onlineMode == null ? OnlineMode.NONE : onlineMode;
    }
}
