package ru.smolensk.registry.domain.application.campaign.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.ReminderType;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** The Russian text of reminder letters. */
final class ReminderLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReminderLetters() {
    }

    static String subject(Campaign c, ReminderType type, LocalDate deadline) {
        String noun = c.kind() == DocumentKind.PLAN ? "плана" : "отчета";
        return type == ReminderType.OVERDUE
                ? "Просрочена сдача " + noun + " за " + c.period().russianName() + " (срок истек "
                        + deadline.format(DATE)
                        + ")"
                : "Напоминание: срок сдачи " + noun + " за " + c.period().russianName() + " — " + deadline.format(DATE);
    }

    static String body(Campaign c, Organization org, Submission current, ReminderType type, LocalDate deadline) {
        String document = c.kind() == DocumentKind.PLAN
                ? "план международных мероприятий на " + c.period().russianName()
                : "отчет о проведенных международных мероприятиях за " + c.period().russianName();
        String state = current == null
                ? "документ в реестре еще не создан"
                : current.status() == SubmissionStatus.RETURNED
                        ? "документ возвращен на доработку и еще не отправлен повторно"
                        : "документ сохранен как черновик и еще не отправлен на рассмотрение";
        String first = type == ReminderType.OVERDUE
                ? "Срок сдачи в реестр международных мероприятий Смоленской области истек " + deadline.format(DATE)
                        + ", а " + document + " организации «" + org.nameOn(c.period().start()) + "» не получен."
                : "Напоминаем, что " + document + " организации «" + org.nameOn(c.period().start())
                        + "» нужно сдать в реестр международных мероприятий Смоленской области до "
                        + deadline.format(DATE) + " включительно.";
        return "Уважаемые коллеги!\n\n" + first + "\nСейчас " + state + ".\n\n"
                + (type == ReminderType.OVERDUE
                        ? "Пожалуйста, отправьте документ как можно скорее или обратитесь к координатору за"
                                + " продлением срока.\n\n"
                        : "")
                + "Это письмо отправлено автоматически, отвечать на него не нужно.\n";
    }
}
