/**
 * The unit hierarchy (đơn vị): city, departments, wards and communes, read from {@code config/units.csv}.
 * The hierarchy is data so that it can hold the two-tier structure in force since 1 July 2025 as well as the old one.
 */
@Export
@Version("1.2.0")
package vn.motcua.runtime.units;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
