/**
 * What every HTTP front of the platform reads and writes the same way (issue 15): parameters and multipart forms
 * ({@link vn.motcua.pages.http.FormData}), cookies ({@link vn.motcua.pages.http.Cookies}), page headers and the
 * status an exception becomes ({@link vn.motcua.pages.http.Failure}).
 */
@Export
@Version("1.0.0")
package vn.motcua.pages.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
