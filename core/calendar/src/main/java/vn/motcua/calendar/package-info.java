/**
 * Working time and legal deadlines: the one place where motcua adds working time to an instant.
 *
 * <p>The engine, the HTTP endpoints and the due-soon scheduler all compute deadlines through
 * {@link vn.motcua.calendar.WorkingCalendar}; nothing else in motcua does date arithmetic on working time.
 */
@Export
@Version("1.1.0")
package vn.motcua.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
