/**
 * ${procedureName}: a motcua procedure bundle. {@code @ProcedureBundle} makes bnd write the Motcua-Procedures header
 * and the extender requirement, so the manifest needs nothing copied by hand.
 */
@ProcedureBundle
package ${package};

import vn.motcua.api.bundle.ProcedureBundle;
