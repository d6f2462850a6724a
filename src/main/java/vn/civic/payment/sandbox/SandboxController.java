package vn.civic.payment.sandbox;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sandbox gateway's pages, served by the application under {@value #BASE} and marked as a sandbox: the payer sees
 * the order and chooses to pay, to fail (the bank refuses) or to cancel. Like a real gateway, it is public (the
 * signature of the merchant's request is its check, not a sign-in), calls the merchant's IPN over HTTP and then
 * sends the browser back with a signed return.
 */
@Controller
@PreAuthorize("permitAll()")
class SandboxController {

    static final String BASE = "/payment-sandbox";
    static final String PAY_PATH = BASE + "/pay";

    private final SandboxBank bank;

    SandboxController(SandboxBank bank) {
        this.bank = bank;
    }

    @GetMapping(PAY_PATH)
    String page(@RequestParam Map<String, String> parameters, Model model) {
        SandboxBank.PayRequest request = bank.read(parameters).orElseThrow(SandboxController::badRequest);
        model.addAttribute("request", request);
        model.addAttribute("parameters", new TreeMap<>(request.parameters()));
        return "payment/sandbox/pay";
    }

    @PostMapping(PAY_PATH)
    String choose(@RequestParam Map<String, String> form) {
        SandboxBank.Choice choice;
        try {
            choice = SandboxBank.Choice.valueOf(form.getOrDefault("choice", ""));
        } catch (IllegalArgumentException e) {
            throw badRequest();
        }
        SandboxBank.PayRequest request = bank.read(form).orElseThrow(SandboxController::badRequest);
        Map<String, String> answer = bank.settle(request, choice);
        URI ipn = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/payments/" + SandboxGateway.ID + "/ipn")
                .toUriString());
        bank.notifyMerchant(ipn, answer);
        return "redirect:" + request.returnUrl() + "?" + GatewaySignature.query(answer);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid pay request");
    }
}
