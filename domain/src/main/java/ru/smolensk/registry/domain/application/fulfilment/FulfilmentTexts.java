package ru.smolensk.registry.domain.application.fulfilment;

import java.util.stream.Collectors;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** What a person is told when a held outcome cannot be recorded yet: entry numbers and periods as in documents. */
final class FulfilmentTexts {

    private FulfilmentTexts() {
    }

    static String nothingToLink(EventEntry planEntry) {
        return "Мероприятие № " + planEntry.ordinal() + " плана не связано ни с одной записью отчета, а в отчетах за "
                + quarters(planEntry) + " (черновиках и возвращенных на доработку) нет похожей записи, еще не"
                + " связанной с планом. Добавьте мероприятие в отчет за квартал, в котором оно прошло (раздел «Планы"
                + " и отчеты»), и отметьте итог снова; если мероприятие не проводилось, выберите «Не проведено» и"
                + " укажите причину.";
    }

    static String chooseReportEntry(EventEntry planEntry) {
        return "Выберите запись отчета о проведении мероприятия № " + planEntry.ordinal() + " плана: она будет"
                + " связана с планом вместе с итогом";
    }

    static String notAReportOfTheHalfYear(EventEntry planEntry) {
        return "Выбранная запись не входит в отчеты организации за " + quarters(planEntry);
    }

    static String alreadyLinked(EventEntry reportEntry) {
        return "Запись № " + reportEntry.ordinal() + " отчета за " + reportEntry.submission().period().russianName()
                + " уже связана с мероприятием № " + reportEntry.planEntry().ordinal() + " плана";
    }

    private static String quarters(EventEntry planEntry) {
        return planEntry.submission().period().quarters().stream().map(ReportingPeriod::russianName)
                .collect(Collectors.joining(" и "));
    }
}
