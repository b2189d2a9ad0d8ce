/**
 * Procedure descriptors and form checks.
 *
 * <p>{@link vn.motcua.descriptor.DescriptorReader} turns one YAML descriptor (the file a procedure bundle
 * carries under {@code procedures/}) into a {@link vn.motcua.api.procedure.ProcedureDefinition}, or into
 * every {@link vn.motcua.descriptor.DescriptorProblem} found, each with file, line, column and JSON pointer:
 * <pre>{@code
 * DescriptorResult result = new DescriptorReader().read("procedures/khai-sinh.yaml", bytes);
 * if (!result.isValid()) result.problems().forEach(p -> log.warn(p.toString()));
 * }</pre>
 *
 * <p>{@link vn.motcua.descriptor.FormValidation} is the one place submitted form data is checked against a
 * procedure's form: the engine calls it on every submission and the test kit calls it in bundle tests.
 * {@link vn.motcua.descriptor.FieldWording} is the one wording of its errors, which the portal also gives the browser.
 * {@link vn.motcua.descriptor.VietnameseText} normalises and folds Vietnamese text.
 *
 * <p>All classes here are thread-safe and hold no global state.
 */
@Export
@Version("1.2.0")
package vn.motcua.descriptor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
