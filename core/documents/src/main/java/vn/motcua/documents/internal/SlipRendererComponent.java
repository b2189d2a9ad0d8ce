package vn.motcua.documents.internal;

import org.osgi.service.component.annotations.Component;
import vn.motcua.documents.Slip;
import vn.motcua.documents.SlipRenderer;

/** Registers the slip renderer as an OSGi service; all the work is in {@link PdfSlipRenderer}. */
@Component(service = SlipRenderer.class)
public final class SlipRendererComponent implements SlipRenderer {
    private final PdfSlipRenderer delegate = new PdfSlipRenderer();

    @Override
    public byte[] render(Slip slip) {
        return delegate.render(slip);
    }
}
