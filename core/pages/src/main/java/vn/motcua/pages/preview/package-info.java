/** The portal's rendering of a procedure not yet deployed, for the admin console's preview (issue 12). */
@Export
@Version("2.0.0")
package vn.motcua.pages.preview;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
