/**
 * The outbox as the operator's console and the citizen's dossier page see it: what was sent, what waits, what failed
 * with the partner's answer, and a manual re-send of a dead letter (decision 1100).
 */
@Export
@Version("1.0.0")
package vn.motcua.outbox;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
