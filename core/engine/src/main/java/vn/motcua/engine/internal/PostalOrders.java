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
 * Orders the public postal service's delivery of the result (Decision 45/2016/QĐ-TTg, Art. 4: receiving and returning
 * results of administrative procedures through the public postal service; decision 1131) when a dossier whose result
 * channel is POSTAL becomes RESULT_READY. The order is an outbox message of channel {@value #CHANNEL} with its
 * {@code postal_orders} row, written in the transaction of the action: exactly one order when the change commits, none
 * when it rolls back. The postal adapter (core/postal) delivers it and records the consignment number.
 *
 * <p>The order carries what the postman needs and nothing more: the receiver's name, phone and address (the address is
 * required for a POSTAL result at submission, {@code Submissions.resultChannelErrors}), the dossier code and the
 * procedure's name; never the ID number or the form.
 */
final class PostalOrders {

    /** The outbox channel of postal orders. */
    static final String CHANNEL = "POSTAL";
    static final String TEMPLATE_DELIVERY = "postal-delivery";
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
        Map<String, Object> applicant = json.readMap(after.applicantJson());
        String address = text(applicant.get("address"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("kind", PostalOrderRecord.DELIVERY);
        order.put("dossierCode", after.code());
        order.put("procedure", procedureName);
        order.put("senderUnit", after.unitCode());
        order.put("receiverName", text(applicant.get("name")));
        order.put("receiverPhone", applicant.get("phone") == null ? null : SecondFactors.normalise(text(applicant.get("phone"))));
        order.put("receiverAddress", address);
        order.put("contents", "Kết quả giải quyết thủ tục hành chính, hồ sơ " + after.code());
        String id = OutboxRecord.newId(now);
        String recipient = address.length() <= RECIPIENT_CHARS ? address : address.substring(0, RECIPIENT_CHARS - 1) + "…";
        tx.outbox().insert(OutboxRecord.pending(id, after.code(), CHANNEL, recipient, TEMPLATE_DELIVERY,
                "Chuyển phát kết quả hồ sơ " + after.code(), json.write(order), now));
        tx.postal().insert(PostalOrderRecord.ordered(id, after.code(), PostalOrderRecord.DELIVERY, now));
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}
