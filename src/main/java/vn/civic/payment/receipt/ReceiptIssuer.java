package vn.civic.payment.receipt;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.civic.payment.PaymentProperties;
import vn.civic.payment.domain.PaymentOrder;
import vn.civic.payment.domain.Receipt;
import vn.civic.payment.domain.Receipts;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.pdf.PdfRenderer;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.StoredFile;
import vn.civic.platform.time.CivicTime;

/**
 * Issues the e-receipt of a completed order inside the confirming transaction: the next number of the series, the
 * PDF from the {@value #TEMPLATE} template (Vietnamese, like every official form), stored in the file storage. A
 * rollback gives the number back and deletes the file.
 */
@Component
public class ReceiptIssuer {

    static final String TEMPLATE = "payment/receipt";

    private final ReceiptNumbers numbers;
    private final Receipts receipts;
    private final PdfRenderer renderer;
    private final FileStorage storage;
    private final PaymentProperties properties;

    ReceiptIssuer(
            ReceiptNumbers numbers,
            Receipts receipts,
            PdfRenderer renderer,
            FileStorage storage,
            PaymentProperties properties) {
        this.numbers = numbers;
        this.receipts = receipts;
        this.renderer = renderer;
        this.storage = storage;
        this.properties = properties;
    }

    public Receipt issue(PaymentOrder order) {
        String series = properties.receiptSeries();
        long number = numbers.next(series);
        var collector = order.collector();
        ReceiptDocument document = new ReceiptDocument(
                new OfficialHeader(
                        collector.governingBody() == null ? "" : collector.governingBody(),
                        collector.name(),
                        collector.place() == null ? "" : collector.place(),
                        order.completedAt().atZone(CivicTime.ZONE).toLocalDate()),
                properties.receiptTemplateCode(),
                series,
                String.format("%07d", number),
                collector.name(),
                collector.code(),
                order.payerName(),
                order.reference(),
                order.description(),
                money(order.amount()),
                VietnameseAmounts.inWords(order.amount()),
                PaymentOrder.CASH.equals(order.method())
                        ? "Tiền mặt"
                        : "Thanh toán trực tuyến (" + order.gateway() + ")",
                order.gatewayTransactionNo(),
                order.completedAt());
        byte[] pdf = renderer.pdf(TEMPLATE, Map.of("receipt", document), I18nConfig.VIETNAMESE);
        StoredFile file = storage.store(new ByteArrayInputStream(pdf));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(file.key());
                    }
                }
            });
        }
        return receipts.save(new Receipt(
                order.id(),
                order.reference(),
                properties.receiptTemplateCode(),
                series,
                number,
                order.completedAt(),
                file.key()));
    }

    /** 15.000 (Vietnamese grouping). */
    public static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount);
    }
}
