package ru.smolensk.registry.web.reminders;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import ru.smolensk.registry.domain.application.campaign.reminder.MailSender;

/** Sends plain-text UTF-8 mail over SMTP with Jakarta Mail, with timeouts so a dead server cannot hang the job. */
public class SmtpMailSender implements MailSender {

    private static final String TIMEOUT_MILLIS = "20000";

    private final Session session;
    private final String user;
    private final String password;
    private final String from;

    public SmtpMailSender(String host, int port, String user, String password, boolean startTls, String from) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
        this.user = user;
        this.password = password;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, "Реестр международных мероприятий",
                    StandardCharsets.UTF_8.name()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (user == null) {
                Transport.send(message);
            } else {
                Transport.send(message, user, password);
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailFailure("Mail to " + to + " not sent: " + e.getMessage(), e);
        }
    }
}
