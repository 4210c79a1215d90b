package dev.roster.adapters.smtp;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** Reads the server's reply out of Jakarta Mail's exceptions, which nest it in chains. */
final class SmtpReplies {
    private SmtpReplies() {
    }

    /** The SMTP reply code in the chain, or 0 when the failure was not a reply (a lost connection, a timeout). */
    static int code(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException e && e.getReturnCode() > 0) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException e && e.getReturnCode() > 0) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e && e.getReturnCode() > 0) {
                return e.getReturnCode();
            }
        }
        return 0;
    }

    /** Whether the server refused for good (5xx): trying again cannot help. */
    static boolean permanent(Throwable failure) {
        return code(failure) >= 500;
    }

    /** What happened, in one line: the server's reply when there is one (it never holds the message). */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && out.length() < 400; t = next(t)) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage().strip())) {
                out.append(out.length() == 0 ? "" : "; ").append(t.getMessage().strip());
            }
        }
        return out.toString().replaceAll("[\\r\\n\\t]+", " ");
    }

    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
        return next == t ? null : next;
    }
}
