package vn.civic.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tests' mail server: a real SMTP server (GreenMail) in this JVM, started once for the whole run because every
 * {@link CivicTest} class shares one application context. Tests share its mailboxes too, so they send to unique
 * addresses and read only the messages to them.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {}

    /** The server, started on a free port at first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
            GreenMail started = new GreenMail(smtp);
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
            server = started;
        }
        return server;
    }

    public static int smtpPort() {
        return server().getSmtp().getPort();
    }

    /** Messages received so far for the address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> isTo(m, address))
                .toList();
    }

    /** Waits up to {@code timeout} until {@code count} messages to the address arrived, and returns them. */
    public static List<MimeMessage> await(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " message(s) to " + address + " within " + timeout
                    + ", received " + received.size());
        }
        return received;
    }

    /** The one message expected for the address, within five seconds. */
    public static MimeMessage awaitOne(String address) {
        return await(address, 1, Duration.ofSeconds(5)).getLast();
    }

    /** The decoded text of a plain-text message. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Optional.ofNullable(message.getAllRecipients()).stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
