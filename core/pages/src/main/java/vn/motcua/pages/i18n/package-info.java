/** Wording in message bundles, Vietnamese first (issue 15). */
@Export
@Version("1.0.0")
package vn.motcua.pages.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
