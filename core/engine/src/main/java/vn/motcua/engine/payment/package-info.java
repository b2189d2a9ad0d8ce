/**
 * Online payment of a dossier's fee (issue 11, decision 1130): the {@link vn.motcua.engine.payment.PaymentGateway} SPI
 * a gateway adapter bundle registers, and the {@link vn.motcua.engine.payment.Payments} service the portal and the HTTP
 * API call. A fully-online procedure with a non-zero fee, submitted online while {@code motcua.payment.enabled} is on,
 * waits for payment: the engine refuses the one-stop officer's acceptance until one attempt is paid.
 *
 * <pre>{@code
 * URI pay = payments.start(code, URI.create("https://dichvucong.example.vn/ho-so/" + code), notifyUrl);  // redirect the citizen
 * CallbackOutcome o = payments.callback(requestParameters);  // the gateway's signed callback
 * }</pre>
 */
@Export
@Version("1.0.0")
package vn.motcua.engine.payment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
