package vn.civic.payment;

/**
 * What an owing module asks to be paid.
 *
 * @param reference the owner's opaque reference (the dossier module: the dossier code); events name it
 * @param amount in đồng, more than 0
 * @param description what is paid for, printed on the receipt (the fee's name)
 * @param payerAccountId the account allowed to pay online, null for a payer without one
 * @param collector the agency that collects the fee and issues the receipt
 * @param returnPath where the payer's browser comes back to, a path of this application ({@code /my/dossiers/42})
 */
public record PaymentRequest(
        String reference,
        long amount,
        String description,
        String payerName,
        Long payerAccountId,
        Collector collector,
        String returnPath) {

    /**
     * The collecting agency as the receipt heads it.
     *
     * @param governingBody the body it belongs to (cơ quan chủ quản), may be empty
     * @param code its organisation code, may be null
     * @param place the place name written before the date (Decree 30/2020)
     */
    public record Collector(String governingBody, String name, String code, String place) {}
}
