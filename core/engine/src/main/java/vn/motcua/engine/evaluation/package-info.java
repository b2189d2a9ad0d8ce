/**
 * Satisfaction and staff evaluation (Directive 12/CT-UBND item 2: handling results are a basic criterion for
 * evaluating officials): citizens' ratings per unit, procedure and officer, and per officer and period the dossiers
 * handled, step hand-overs early, on time and late, apologies caused and the satisfaction of the dossiers handled.
 * Every figure is computed from the dossier events and evaluations (decision 1031). The service does not decide
 * who may see an officer's figures: the caller applies decision 1031 (the unit's leaders and administrators only).
 */
@Export
@Version("1.0.0")
package vn.motcua.engine.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
