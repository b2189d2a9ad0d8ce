/**
 * The citizen's side of a dossier after submission, as the portal and the public API offer it: a short-lived
 * access grant opened with the dossier code and the second factor, the status page, answering a supplement
 * request, the official slips as PDF, the one-time satisfaction evaluation, and feedback (phản ánh, kiến nghị)
 * with its answer. {@link vn.motcua.engine.citizen.SecondFactorAttempts} is the one throttle of every second-factor use.
 *
 * <pre>{@code
 * Grant g = desk.open("H26.1-261129-0001", "0912345678").orElseThrow(NotFound::new);
 * // keep g.token() server-side in an HttpOnly cookie: the second factor is never asked (or sent) again
 * CitizenView v = desk.view(g.token(), g.dossierCode()).orElseThrow(Expired::new);
 * desk.evaluate(g.token(), g.dossierCode(), ratings);
 * }</pre>
 */
@Export
@Version("2.1.0")
package vn.motcua.engine.citizen;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
