package vn.civic.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import vn.civic.payment.Payments;
import vn.civic.platform.security.PublicEndpoints;

/** The gateways' callbacks and the sandbox gateway's pages are public; pending payments expire on a schedule. */
@Configuration
class PaymentWebConfig {

    @Bean
    PublicEndpoints paymentPublicEndpoints() {
        return PublicEndpoints.of("/payments/*/ipn", "/payments/*/return", "/payment-sandbox/**");
    }

    @Bean
    PendingPaymentExpiry pendingPaymentExpiry(Payments payments) {
        return new PendingPaymentExpiry(payments);
    }

    /** Every node runs it; each order ends once (a guarded update), so nodes do not need to agree. */
    static class PendingPaymentExpiry {

        private final Payments payments;

        PendingPaymentExpiry(Payments payments) {
            this.payments = payments;
        }

        @Scheduled(
                fixedDelayString = "${civic.payment.expiry-interval:1m}",
                initialDelayString = "${civic.payment.expiry-interval:1m}")
        void run() {
            payments.expirePending();
        }
    }
}
