/**
 * The one renderer and binder of descriptor forms (issue 15), used by the citizen portal's online form and by the
 * officers' counter intake, so that both show and read the same descriptor the same way.
 *
 * <ul>
 *   <li>{@link vn.motcua.pages.form.FormRenderer} writes a descriptor's fields as HTML with the values and the
 *       server's errors; every input is named by the path the validator reports ({@code chaMe[1].hoTen}).</li>
 *   <li>{@link vn.motcua.pages.form.FormBinder} turns the posted values and files back into the data the engine
 *       validates ({@link vn.motcua.pages.form.BoundForm}).</li>
 *   <li>{@link vn.motcua.pages.form.FormErrors} places the validator's errors at their inputs, each naming whose
 *       field it is.</li>
 *   <li>{@link vn.motcua.pages.form.FormWording} is every word the renderer prints, Vietnamese or English.</li>
 * </ul>
 *
 * <pre>{@code
 * FormRenderer form = new FormRenderer(FormWording.load(Messages.VIETNAMESE), today);
 * form.fields(h, procedure.form().fields(), FormValues.of(data.fields()), errors, form.wording().declaration());
 * BoundForm bound = FormBinder.bind(procedure.form().fields(), FormValues.of(data.fields()), data.files());
 * }</pre>
 *
 * <p>Nothing here validates: the engine checks every submission with the descriptor's rules and its answer is what
 * the page shows. Nothing here depends on the engine either: files stay {@link vn.motcua.pages.http.FormFile}s and
 * each front makes its uploads of them (decision 1503).
 */
@Export
@Version("1.0.0")
package vn.motcua.pages.form;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
