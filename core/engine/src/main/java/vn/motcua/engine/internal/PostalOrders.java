package vn.motcua.engine.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.engine.DossierAction;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.PostalOrderRecord;
import vn.motcua.storage.StoreTransaction;

/**
 * Orders the public postal service (Decision 45/2016/QĐ-TTg; decisions 1131, 1133): the delivery of the result when a
 * dossier whose result channel is POSTAL becomes RESULT_READY, and the pickup of the paper dossier at the applicant's
 * address when the applicant asks for one online (a POSTAL dossier the citizen registers). Each order is an outbox
 * message of channel {@value #CHANNEL} with its {@code postal_orders} row, written in the transaction of the dossier
 * change: exactly one order when the change commits, none when it rolls back. The postal adapter (core/postal) delivers
 * it and records the consignment number.
 *
 * <p>The order carries what the postman needs and nothing more: the applicant's name, phone and address (required for a
 * POSTAL result and for a pickup at submission, {@code Submissions}), the dossier code and the procedure's name; never
 * the ID number or the form.
 */
final class PostalOrders {

    /** The outbox channel of postal orders. */
    static final String CHANNEL = "POSTAL";
    static final String TEMPLATE_DELIVERY = "postal-delivery";
    static final String TEMPLATE_PICKUP = "postal-pickup";
    private static final int RECIPIENT_CHARS = 300;

    private final Json json;

    PostalOrders(Json json) {
        this.json = json;
    }

    /** Writes the delivery order a RESULT_READY of a POSTAL result causes; nothing for other actions or channels. */
    void afterAction(StoreTransaction tx, DossierAction action, DossierRecord after, String procedureName, Instant now) {
        if (action != DossierAction.RESULT_READY || !CHANNEL.equals(after.resultChannel())) {
            return;
        }
        order(tx, after, procedureName, PostalOrderRecord.DELIVERY, TEMPLATE_DELIVERY,
                "Chuyển phát kết quả hồ sơ " + after.code(), "Kết quả giải quyết thủ tục hành chính, hồ sơ " + after.code(), now);
    }

    /**
     * Writes the pickup order of a dossier the applicant registered for the post to collect (decision 1133), in the
     * transaction that inserts it. The caller decides that the submission is one.
     */
    void pickup(StoreTransaction tx, DossierRecord submitted, String procedureName, Instant now) {
        order(tx, submitted, procedureName, PostalOrderRecord.PICKUP, TEMPLATE_PICKUP,
                "Thu gom hồ sơ " + submitted.code(), "Hồ sơ giấy thủ tục hành chính, hồ sơ " + submitted.code(), now);
    }

    private void order(StoreTransaction tx, DossierRecord d, String procedureName, String kind, String template,
                       String subject, String contents, Instant now) {
        Map<String, Object> applicant = json.readMap(d.applicantJson());
        String address = text(applicant.get("address"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("kind", kind);
        order.put("dossierCode", d.code());
        order.put("procedure", procedureName);
        // For a delivery the unit sends the item, for a pickup it receives it (PostalOrder.senderUnit).
        order.put("senderUnit", d.unitCode());
        order.put("receiverName", text(applicant.get("name")));
        order.put("receiverPhone", applicant.get("phone") == null ? null : SecondFactors.normalise(text(applicant.get("phone"))));
        order.put("receiverAddress", address);
        order.put("contents", contents);
        String id = OutboxRecord.newId(now);
        String recipient = address.length() <= RECIPIENT_CHARS ? address : address.substring(0, RECIPIENT_CHARS - 1) + "…";
        tx.outbox().insert(OutboxRecord.pending(id, d.code(), CHANNEL, recipient, template, subject, json.write(order), now));
        tx.postal().insert(PostalOrderRecord.ordered(id, d.code(), kind, now));
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
