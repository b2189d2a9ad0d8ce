/**
 * Official one-stop slips as printable A4 PDF: the documents the counter hands to the applicant and the sheets that
 * travel with a dossier.
 *
 * <p>The package is engine-agnostic: the dossier engine and the HTTP layer map their data into the input records
 * ({@link vn.motcua.documents.ReceiptSlip}, {@link vn.motcua.documents.SupplementRequest},
 * {@link vn.motcua.documents.RefusalSlip}, {@link vn.motcua.documents.ApologySlip},
 * {@link vn.motcua.documents.ControlSheet}, {@link vn.motcua.documents.TrackingBook},
 * {@link vn.motcua.documents.StopNotice}) and ask the {@link vn.motcua.documents.SlipRenderer} service for the bytes.
 *
 * <p>The template follows the regime in force when the dossier was received ({@link vn.motcua.documents.FormRegime}):
 * Circular 01/2018/TT-VPCP forms for dossiers received before 1 July 2025, Circular 03/2025/TT-VPCP forms from then
 * on. Times are printed in Asia/Ho_Chi_Minh. Every string is printed as plain text: nothing in it is interpreted.
 *
 * <pre>{@code
 * byte[] pdf = renderer.render(new RefusalSlip(issuer, Optional.empty(), submittedAt, applicant,
 *         "Đăng ký khai sinh", "Hồ sơ không thuộc thẩm quyền giải quyết của phường.", "Trần Thị B"));
 * }</pre>
 */
@Export
@Version("1.1.0")
package vn.motcua.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
