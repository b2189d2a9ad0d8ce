package vn.motcua.engine.internal;

import java.time.Clock;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.PaymentStatus;
import vn.motcua.engine.payment.Payments;
import vn.motcua.storage.DossierStore;

/** Wires {@link Payments} in OSGi; the gateway adapter is optional and may come and go (decision 1130). */
@Component(service = Payments.class, immediate = true)
public final class PaymentsComponent implements Payments {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PaymentGateway gateway;

    private final StoredPayments payments;

    @Activate
    public PaymentsComponent(BundleContext context, @Reference DossierStore store) {
        this.payments = new StoredPayments(store, PaymentRules.from(context::getProperty), () -> gateway, Clock.systemUTC());
    }

    @Override
    public Optional<PaymentStatus> status(String dossierCode) {
        return payments.status(dossierCode);
    }

    @Override
    public URI start(String dossierCode, URI returnUrl, URI notifyUrl) {
        return payments.start(dossierCode, returnUrl, notifyUrl);
    }

    @Override
    public CallbackOutcome callback(Map<String, String> parameters) {
        return payments.callback(parameters);
    }
}
