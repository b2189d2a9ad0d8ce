/** The one router of every HTTP front of the platform (issue 15): API, citizen portal, officer workspace. */
@Export
@Version("1.0.0")
package vn.motcua.pages.route;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
