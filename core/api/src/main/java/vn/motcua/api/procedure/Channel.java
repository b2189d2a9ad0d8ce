package vn.motcua.api.procedure;

/** How a dossier arrives or a result goes back (Decree 61/2018 Art. 9; Decision 45/2016/QĐ-TTg for the post). */
public enum Channel {
    /** At the one-stop counter (trực tiếp). */
    COUNTER,
    /** Through the public postal service (dịch vụ bưu chính công ích). */
    POSTAL,
    /** Online through the portal (trực tuyến). */
    ONLINE
}
