package vn.motcua.workspace.internal;

import java.util.Locale;
import java.util.Optional;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.storage.ReportFigure;

/** The names of the report figures ({@code figure.<name>} in the workspace's bundle) and their slugs in addresses. */
final class FigureLabels {

    private FigureLabels() {
    }

    static String of(Messages m, ReportFigure f) {
        return m.t("figure." + f.name());
    }

    static String slug(ReportFigure f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ReportFigure> fromSlug(String slug) {
        for (ReportFigure f : ReportFigure.values()) {
            if (slug(f).equals(slug)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
