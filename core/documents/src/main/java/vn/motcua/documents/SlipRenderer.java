package vn.motcua.documents;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders official slips as A4 PDF with an embedded Unicode font.
 *
 * <p>The template, title and legal references follow the regime in force at {@link Slip#receivedAt()}
 * ({@link FormRegime}). Times are printed in Asia/Ho_Chi_Minh, e.g. "15 giờ 30 phút, ngày 24 tháng 4 năm 2026".
 * All strings are printed as plain text (normalised to NFC, control characters removed); long tables continue on the
 * next page with their header repeated.
 *
 * <p>Implementations are thread-safe.
 *
 * <pre>{@code
 * byte[] pdf = renderer.render(receiptSlip);
 * response.setContentType(SlipRenderer.MEDIA_TYPE);
 * }</pre>
 */
@ProviderType
public interface SlipRenderer {

    /** The media type of what {@link #render(Slip)} returns. */
    String MEDIA_TYPE = "application/pdf";

    /**
     * Renders one slip.
     *
     * @param slip the slip to print
     * @return the bytes of a complete PDF document
     * @throws SlipRenderingException when no template applies (a dossier received before 21 June 2018) or the PDF
     *                                could not be produced
     */
    byte[] render(Slip slip);
}
