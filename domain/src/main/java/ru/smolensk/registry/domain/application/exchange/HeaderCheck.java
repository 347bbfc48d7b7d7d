package ru.smolensk.registry.domain.application.exchange;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;

/**
 * Checks the header of a received message against the configuration and the journal: the message id (a UUID, compared
 * in its canonical lower-case form, not used before for another message), Sender = the system code registered for
 * the account, Recipient = the registry's code, a Timestamp with a zone within the allowed skew, and a
 * ReferenceMessageId naming a message exchanged with this partner. Each failure is a fault naming the element and the
 * expected value.
 */
final class HeaderCheck {

    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final PartnerPermissions settings;
    private final ExchangeJournal journal;

    HeaderCheck(PartnerPermissions settings, ExchangeJournal journal) {
        this.settings = settings;
        this.journal = journal;
    }

    /** A message id in its canonical form (lower case), or a fault when it is not a UUID. */
    static String canonicalId(String messageId, String element) {
        if (messageId == null || !UUID_TEXT.matcher(messageId.strip()).matches()) {
            throw new ExchangeException(ExchangeFaultCode.MALFORMED_MESSAGE_ID, "Элемент " + element + ": «"
                    + messageId + "» не является UUID; ожидается, например, " + UUID.nameUUIDFromBytes(new byte[0]));
        }
        return messageId.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the header of a message of the partner calling the operation. */
    void check(String partner, MessageHeader header, String operation) {
        if (header == null) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT,
                    "Отсутствует заголовок ExchangeHeader; он обязателен в каждом сообщении");
        }
        String messageId = canonicalId(header.messageId(), "MessageId");
        String expectedSender = settings.systemCode(partner);
        if (!expectedSender.equals(strip(header.sender()))) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_SENDER, "Элемент Sender заголовка: указано «"
                    + header.sender() + "», ожидается код системы, зарегистрированный для учетной записи «" + partner
                    + "»: «" + expectedSender + "»");
        }
        if (!settings.registryCode().equals(strip(header.recipient()))) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_RECIPIENT, "Элемент Recipient заголовка: указано «"
                    + header.recipient() + "», ожидается код реестра «" + settings.registryCode() + "»");
        }
        checkTimestamp(header.timestamp());
        String reference = header.referenceMessageId();
        if (reference != null && !reference.isBlank()) {
            String canonical = canonicalId(reference, "ReferenceMessageId");
            if (!journal.exchanged(partner, canonical)) {
                throw new ExchangeException(ExchangeFaultCode.UNKNOWN_REFERENCE, "Элемент ReferenceMessageId "
                        + "заголовка: сообщение «" + canonical + "» не поступало от системы «" + partner
                        + "» и не было ей отправлено; укажите идентификатор сообщения, которым система обменивалась с реестром");
            }
        }
        Optional<ExchangeMessage> used = journal.findUsed(partner, messageId);
        boolean resubmission = used.isPresent() && used.get().isDeduplicated()
                && ExchangeService.SUBMIT_EVENTS.equals(operation) && !header.test();
        if (used.isPresent() && !resubmission) {
            throw new ExchangeException(ExchangeFaultCode.DUPLICATE_MESSAGE_ID, "Идентификатор сообщения "
                    + messageId + " уже использован (" + used.get().operation() + ", "
                    + used.get().receivedAt().toLocalDate() + "); укажите новый идентификатор сообщения");
        }
    }

    private void checkTimestamp(String text) {
        String value = strip(text);
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_TIMESTAMP, "Элемент Timestamp заголовка: «" + text
                    + "» " + (isLocal(value) ? "без часового пояса" : "не является датой и временем")
                    + "; ожидается время отправки с часовым поясом, например 2026-03-01T10:15:30+03:00");
        }
        Duration skew = settings.timestampSkew();
        OffsetDateTime now = OffsetDateTime.now();
        if (at.isBefore(now.minus(skew)) || at.isAfter(now.plus(skew))) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_TIMESTAMP, "Элемент Timestamp заголовка: «" + text
                    + "» отличается от времени реестра (" + now.withNano(0) + ") больше чем на " + skew.toHours()
                    + " ч; ожидается текущее время отправки сообщения");
        }
    }

    private static boolean isLocal(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
