package ru.smolensk.registry.domain.application.entry;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.application.CurrentUser;

/**
 * Who writes entries, by which channel, when, and how the audit log names each kind of write.
 *
 * @param created the audit summary of a new entry
 * @param revised the audit summary of a changed entry
 * @param removed the audit summary of a deleted entry
 */
public record Origin(CurrentUser actor, Channel channel, OffsetDateTime at, String created, String revised,
        String removed) {

    /** The entry form (screen or REST). */
    public static Origin form(CurrentUser actor) {
        return new Origin(actor, Channel.FORM, OffsetDateTime.now(), "Добавлено мероприятие", "Изменено мероприятие",
                "Удалено мероприятие");
    }

    /** Entries copied from another document (named, e.g. «плана на I полугодие 2026 года») by a person. */
    public static Origin copy(CurrentUser actor, String from) {
        return new Origin(actor, Channel.FORM, OffsetDateTime.now(), "Скопировано из " + from, "Изменено мероприятие",
                "Удалено мероприятие");
    }

    /** An import of the named file. */
    public static Origin importOf(CurrentUser actor, String fileName, OffsetDateTime at) {
        String text = "Импорт из файла «" + fileName + "»";
        return new Origin(actor, Channel.IMPORT, at, text, text, "Удалено при повторном импорте «" + fileName + "»");
    }

    /** A message of a partner system (the actor). */
    public static Origin exchange(CurrentUser partner, String messageId, OffsetDateTime at) {
        String text = "Получено от системы «" + partner.username() + "», сообщение " + messageId;
        return new Origin(partner, Channel.EXCHANGE, at, text, text, text);
    }

    /** A link of a report entry to its plan (the summary is given with the link). */
    public static Origin planLink(CurrentUser actor) {
        return new Origin(actor, Channel.PLAN_LINK, OffsetDateTime.now(), null, null, null);
    }

    /** The outcome of a plan entry. */
    public static Origin fulfilment(CurrentUser actor) {
        return new Origin(actor, Channel.FULFILMENT, OffsetDateTime.now(), null, null, null);
    }
}
