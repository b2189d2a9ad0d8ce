/**
 * The feedback desk (phản ánh, kiến nghị) of the responsible unit: an inbox sorted by response deadline, assignment
 * to an officer, forwarding to another unit with a reason, the answer, its publication on the procedure page, and
 * the history of every step (decision 1030). The sender's side (sending, tracking, rating the answer) is
 * {@link vn.motcua.engine.citizen.CitizenDesk}.
 *
 * <pre>{@code
 * FeedbackOfficer me = new FeedbackOfficer("chuyenvien.sxd", Set.of("SXD"), Set.of(), false);
 * for (FeedbackItem f : desk.inbox(me, true)) { ... f.urgency() ... }
 * desk.answer(me, reference, "Đã kiểm tra ...", true);   // true: also shown on the procedure page
 * }</pre>
 */
@Export
@Version("1.0.0")
package vn.motcua.engine.feedback;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
