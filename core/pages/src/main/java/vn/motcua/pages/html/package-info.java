/**
 * Server-rendered HTML shared by the citizen portal and the officer workspace: an escaping writer, so that no page
 * of either can print data as markup.
 */
@Export
@Version("2.0.0")
package vn.motcua.pages.html;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
