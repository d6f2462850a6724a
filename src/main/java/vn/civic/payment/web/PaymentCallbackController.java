package vn.civic.payment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.civic.payment.PaymentError;
import vn.civic.payment.Payments;
import vn.civic.platform.error.InvalidInputException;

/**
 * Where gateways call back: the server-to-server notification (IPN), answered in the gateway's JSON shape, and the
 * payer's browser coming back. Public, because a gateway does not sign in: the message's signature is what is
 * checked, and an unsigned, forged or altered message changes nothing.
 */
@Controller
@PreAuthorize("permitAll()")
class PaymentCallbackController {

    private final Payments payments;

    PaymentCallbackController(Payments payments) {
        this.payments = payments;
    }

    @GetMapping(path = "/payments/{gateway}/ipn", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> ipn(@PathVariable String gateway, @RequestParam Map<String, String> parameters) {
        Payments.CallbackOutcome outcome = payments.callback(gateway, parameters);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("RspCode", outcome.code());
        answer.put("Message", outcome.message());
        return answer;
    }

    @GetMapping("/payments/{gateway}/return")
    String returned(@PathVariable String gateway, @RequestParam Map<String, String> parameters) {
        Payments.Returned returned = payments.returned(gateway, parameters)
                .orElseThrow(() -> new InvalidInputException(PaymentError.SIGNATURE_INVALID, java.util.List.of()));
        String path = returned.returnPath() == null ? "/" : returned.returnPath();
        return "redirect:" + path + "?payment=" + returned.status().name().toLowerCase(java.util.Locale.ROOT);
    }
}
