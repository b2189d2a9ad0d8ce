package vn.motcua.documents.internal;

import org.osgi.service.component.annotations.Component;
import vn.motcua.documents.Slip;
import vn.motcua.documents.SlipRenderer;

/**
 * Registers the slip renderer as an OSGi service; all the work is in {@link PdfSlipRenderer}. The renderer (and its
 * fonts, several megabytes once parsed) is created on the first slip, not at start: most minutes of a platform's
 * life print nothing, and start-up time and memory are measured (docs/benchmarks.md).
 */
@Component(service = SlipRenderer.class)
public final class SlipRendererComponent implements SlipRenderer {
    private volatile PdfSlipRenderer delegate;

    @Override
    public byte[] render(Slip slip) {
        return renderer().render(slip);
    }

    private PdfSlipRenderer renderer() {
        PdfSlipRenderer r = delegate;
        if (r == null) {
            synchronized (this) {
                r = delegate;
                if (r == null) {
                    r = new PdfSlipRenderer();
                    delegate = r;
                }
            }
        }
        return r;
    }
}
