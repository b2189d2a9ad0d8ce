/**
 * Postal orders as the citizen's and the officer's dossier pages show them: the public postal service's pickup of the
 * paper dossier or delivery of the result (Decision 45/2016/QĐ-TTg), with the consignment number (mã vận đơn), the
 * fee and the delivery status the partner reported (decision 1131).
 */
@Export
@Version("1.0.0")
package vn.motcua.postal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
