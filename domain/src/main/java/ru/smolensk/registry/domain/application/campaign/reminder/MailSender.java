package ru.smolensk.registry.domain.application.campaign.reminder;

/** Sends one plain-text e-mail; the web layer implements it with Jakarta Mail. */
public interface MailSender {

    /**
     * Sends the message or fails.
     *
     * @throws MailFailure when the mail server refuses it or cannot be reached
     */
    void send(String to, String subject, String body);

    /** A message that could not be sent. */
    class MailFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
