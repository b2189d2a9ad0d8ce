package vn.motcua.documents.internal;

import vn.motcua.documents.Party;

/** The applicant lines shared by the slips; a line whose value is absent is left out rather than printed empty. */
final class PartyFields {
    private PartyFields() {
    }

    static void write(SlipDocument doc, String nameLabel, Party party) {
        doc.field(nameLabel, party.name());
        party.idNumber().ifPresent(id -> doc.field("Số định danh cá nhân/Mã số tổ chức", id));
        party.address().ifPresent(a -> doc.field("Địa chỉ", a));
        party.phone().ifPresent(p -> doc.field("Số điện thoại", p));
        party.email().ifPresent(e -> doc.field("Thư điện tử (email)", e));
    }
}
