/**
 * Statistics of dossier handling (issue 10): figures per unit (with or without sub-units), procedure, officer and month,
 * the Decision 766/QĐ-TTg indicators, the dossiers behind every figure, and CSV/XLSX export of any report table.
 *
 * <p>Figures come from the dossier events, folded by a periodic roll-up into report facts (decision 1000); a figure and
 * the list of dossiers behind it are read with one definition, so they always agree. The records of figures and facts
 * are those of {@code vn.motcua.storage} ({@link vn.motcua.storage.ReportFigure}, {@link vn.motcua.storage.FigureRow},
 * {@link vn.motcua.storage.DossierFactRecord}).
 */
@Export
@Version("1.1.0")
package vn.motcua.reports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
