/**
 * The dossier engine: what the HTTP layer (and the scheduler) call to move a dossier through its lifecycle
 * (product.md "Lifecycle", domain.md §2–3).
 *
 * <pre>{@code
 * SubmitResult r = engine.submit(new SubmitCommand("1.001193", "00004", Channel.ONLINE, Channel.ONLINE,
 *         applicant, formValues, List.of(), Actor.citizen(), false, idempotencyKey));
 * StaffPrincipal officer = StaffPrincipal.of("cb01", StaffPrincipal.Duty.ONE_STOP_OFFICER, "00004");
 * engine.act(r.code(), ActionCommand.of(DossierAction.ACCEPT, Actor.of(officer)).withExpectedVersion(r.version()));
 * Optional<CitizenView> v = engine.lookup(r.code(), "0912345678");
 * }</pre>
 *
 * Errors are unchecked and all extend {@link vn.motcua.engine.DossierEngineException}; map them to HTTP in one place:
 * not found 404, invalid submission 422 (all field errors), action not allowed 409 (lists allowed actions),
 * concurrent change 409/412, not permitted 403 (a dossier a staff member may not see is not found, decision 1310), procedure unavailable 404/409/503.
 */
@Export
@Version("2.1.0")
package vn.motcua.engine;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
