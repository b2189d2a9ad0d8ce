package vn.motcua.api.bundle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;

/**
 * Makes the bundle a procedure bundle: bnd writes the {@value #HEADER} header (the descriptors under
 * {@code procedures/}) and the requirement on the motcua procedure extender 1.x into its manifest, so no header is
 * copied by hand and a bundle no running platform can serve is refused when it resolves, not when a citizen submits.
 *
 * <p>Put it on one {@code package-info.java} of the bundle (a descriptor-only bundle needs just that one file):
 * <pre>{@code
 * @ProcedureBundle
 * package vn.example.ketHon;
 *
 * import vn.motcua.api.bundle.ProcedureBundle;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Header(name = ProcedureBundle.HEADER, value = ProcedureBundle.DESCRIPTORS)
@Requirement(namespace = "osgi.extender", name = ProcedureBundle.EXTENDER, version = "1.0")
public @interface ProcedureBundle {
    /** The manifest header the platform's extender reads. */
    String HEADER = "Motcua-Procedures";
    /** Where descriptors are, inside the bundle. */
    String DESCRIPTORS = "procedures/*.yaml";
    /** The extender capability the platform provides. */
    String EXTENDER = "motcua.procedures";
}
