package vn.motcua.documents.internal;

import java.util.Objects;
import vn.motcua.documents.ApologySlip;
import vn.motcua.documents.ControlSheet;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.RefusalSlip;
import vn.motcua.documents.Slip;
import vn.motcua.documents.SlipRenderer;
import vn.motcua.documents.SlipRenderingException;
import vn.motcua.documents.StopNotice;
import vn.motcua.documents.SupplementRequest;
import vn.motcua.documents.TrackingBook;

/**
 * The slip renderer on OpenPDF (decision 0501), plain Java: usable without OSGi. Picks the regime from the slip's
 * receipt time, then hands the slip to the layout of its kind.
 *
 * <p>Thread-safe: the fonts are shared and read-only, every render writes its own document.
 */
public final class PdfSlipRenderer implements SlipRenderer {
    private final SlipFonts fonts;
    private final SafeText text;
    private final ReceiptLayout receipt;
    private final SupplementLayout supplement;
    private final RefusalLayout refusal;
    private final ApologyLayout apology;
    private final ControlSheetLayout control;
    private final TrackingBookLayout book;
    private final StopNoticeLayout stop;

    /** Loads the embedded fonts; takes a few tens of milliseconds, so keep one instance. */
    public PdfSlipRenderer() {
        this.fonts = SlipFonts.load();
        this.text = new SafeText(fonts::covers);
        VietnameseTime time = new VietnameseTime();
        this.receipt = new ReceiptLayout(time);
        this.supplement = new SupplementLayout(time);
        this.refusal = new RefusalLayout(time);
        this.apology = new ApologyLayout(time);
        this.control = new ControlSheetLayout(time);
        this.book = new TrackingBookLayout(time);
        this.stop = new StopNoticeLayout(time);
    }

    @Override
    public byte[] render(Slip slip) {
        Objects.requireNonNull(slip, "slip");
        FormRegime regime = FormRegime.at(slip.receivedAt());
        try {
            if (slip instanceof ReceiptSlip s) {
                SlipDocument doc = portrait(FormKind.RECEIPT, regime, s.dossierCode());
                receipt.write(s, regime, doc);
                return doc.finish();
            }
            if (slip instanceof SupplementRequest s) {
                SlipDocument doc = portrait(FormKind.SUPPLEMENT, regime, s.dossierCode().orElse(""));
                supplement.write(s, regime, doc);
                return doc.finish();
            }
            if (slip instanceof RefusalSlip s) {
                SlipDocument doc = portrait(FormKind.REFUSAL, regime, s.dossierCode().orElse(""));
                refusal.write(s, regime, doc);
                return doc.finish();
            }
            if (slip instanceof ApologySlip s) {
                SlipDocument doc = portrait(FormKind.APOLOGY, regime, s.dossierCode());
                apology.write(s, regime, doc);
                return doc.finish();
            }
            if (slip instanceof ControlSheet s) {
                SlipDocument doc = portrait(FormKind.CONTROL, regime, s.dossierCode());
                control.write(s, regime, doc);
                return doc.finish();
            }
            if (slip instanceof StopNotice s) {
                SlipDocument doc = portrait(FormKind.STOP, regime, s.dossierCode());
                stop.write(s, regime, doc);
                return doc.finish();
            }
            TrackingBook b = (TrackingBook) slip; // the last kind of the sealed interface
            SlipDocument doc = SlipDocument.landscape(fonts, text, FormKind.BOOK.title(regime),
                    "Sổ theo dõi hồ sơ – Quyển số " + b.volume());
            book.write(b, doc);
            return doc.finish();
        } catch (SlipRenderingException e) {
            throw e;
        } catch (RuntimeException e) {
            // OpenPDF reports layout failures as its own unchecked exceptions: one root exception for callers.
            throw new SlipRenderingException("cannot render " + slip.getClass().getSimpleName() + ": " + e, e);
        }
    }

    private SlipDocument portrait(FormKind kind, FormRegime regime, String dossierCode) {
        String footer = dossierCode.isEmpty() ? "" : "Mã hồ sơ: " + dossierCode;
        return SlipDocument.portrait(fonts, text, kind.title(regime), footer);
    }
}
