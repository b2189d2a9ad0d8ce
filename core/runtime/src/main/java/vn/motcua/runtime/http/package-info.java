/**
 * Facts about an HTTP request that every servlet of the platform must decide alike: who the client is and whether
 * it reached us over TLS, trusting {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies named
 * in {@code motcua.http.trustedProxies} (decision 1603). No servlet type appears here: callers pass header values.
 */
@Export
@Version("1.0.0")
package vn.motcua.runtime.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
