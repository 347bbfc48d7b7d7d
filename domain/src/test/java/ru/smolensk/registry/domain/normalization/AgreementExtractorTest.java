package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.model.event.AgreementType;

class AgreementExtractorTest {

    private final AgreementExtractor extractor = new AgreementExtractor();

    @Test
    void readsASignedAgreementWithItsParties() {
        String result = "Сохранение художественных и ремесленных традиций.\nНа конкурсной сцене были представлены "
                + "вокальные выступления.\nПодписано Соглашение о взаимном сотрудничестве между "
                + "ГУК\u00A0«Централизованная"
                + " клубная система Чаусского района» Могилевской области Республики Беларусь и МБУК «Дом культуры "
                + "микрорайона Гнездово»";

        List<ExtractedAgreement> signed = extractor.extractSigned(result);

        assertEquals(1, signed.size());
        ExtractedAgreement a = signed.get(0);
        assertEquals(AgreementType.AGREEMENT, a.type());
        assertEquals("Соглашение о взаимном сотрудничестве", a.title());
        assertEquals("ГУК «Централизованная клубная система Чаусского района» Могилевской области Республики Беларусь"
                + " и МБУК «Дом культуры микрорайона Гнездово»", a.parties());
        assertTrue(a.rawSentence().startsWith("Подписано Соглашение"));
        assertEquals(List.of(), extractor.extractReferences(result));
        assertEquals(List.of(), extractor.extractArrangements(result));
    }

    @Test
    void readsTheItemsOfAListOfSignedDocuments() {
        String result = "Укрепление международного и межмуниципального сотрудничества.\n"
                + "Заключены следующие документы:\n"
                + "–\u00A0Соглашение об установлении побратимских связей между городом Смоленском и муниципальным "
                + "образованием Краснодонский муниципальный округ Луганской Народной Республики;\n–\u00A0Соглашение о "
                + "сотрудничестве между Молодежным центром «Пушкинский» и Санкт-Петербургским государственным бюджетным"
                + " учреждением Дом молодежи «Пулковец»;\n–\u00A0План мероприятий по развитию сотрудничества между "
                + "Администрацией города Смоленска и Администрацией Московского района города Минска \nна 2025-2026"
                + "\u00A0гг.";

        List<ExtractedAgreement> signed = extractor.extractSigned(result);

        assertEquals(List.of(AgreementType.AGREEMENT, AgreementType.AGREEMENT, AgreementType.ACTION_PLAN),
                signed.stream().map(ExtractedAgreement::type).toList());
        assertEquals(List.of("Соглашение об установлении побратимских связей", "Соглашение о сотрудничестве",
                "План мероприятий по развитию сотрудничества"),
                signed.stream().map(ExtractedAgreement::title).toList());
        assertEquals("Администрацией города Смоленска и Администрацией Московского района города Минска",
                signed.get(2).parties());
        assertEquals("Молодежным центром «Пушкинский» и Санкт-Петербургским государственным бюджетным учреждением "
                + "Дом молодежи «Пулковец»", signed.get(1).parties());
    }

    @Test
    void joinsASentenceBrokenOverLines() {
        List<ExtractedAgreement> signed = extractor.extractSigned("Представители муниципалитетов обменялись "
                + "практиками.\nПодписано соглашение о сотрудничестве между \nОГАПОУ «Смоленская академия "
                + "градостроительства и архитектуры» и филиалом БГТУ «Белорусского государственного колледжа "
                + "промышленности строительных материалов»");

        assertEquals(1, signed.size());
        assertEquals("соглашение о сотрудничестве", signed.get(0).title());
        assertTrue(signed.get(0).parties().startsWith("ОГАПОУ «Смоленская академия"));
    }

    @Test
    void readsTwoSigningsOfOneLongResult() {
        String result = "В рамках деловой программы Съезда 29 мая 2025 года генеральный директор ООО «Корпорация "
                + "инвестиционного развития Смоленской области» провел презентацию. Важным результатом встречи стало "
                + "подписание соглашения о сотрудничестве между ООО\u00A0«Корпорация инвестиционного развития "
                + "Смоленской области» и холдингом «Белорусская кожевенно-обувная компания «Марко». Документ "
                + "предусматривает сотрудничество. В целях сотрудничества и обмена опытом работы, содействия в "
                + "организации взаимодействия между российскими и белорусскими предпринимателями подписаны "
                + "трехсторонние соглашения о взаимном сотрудничестве между: АНО «ЦПП Смоленской области», АНО «Центр "
                + "поддержки экспорта Смоленской области» и унитарным коммунальным предприятием «Могилевский городской "
                + "центр развития малого предпринимательства»";

        List<ExtractedAgreement> signed = extractor.extractSigned(result);

        assertEquals(2, signed.size());
        assertEquals("соглашения о сотрудничестве", signed.get(0).title());
        assertEquals("ООО «Корпорация инвестиционного развития Смоленской области» и холдингом «Белорусская "
                + "кожевенно-обувная компания «Марко»", signed.get(0).parties());
        assertEquals("трехсторонние соглашения о взаимном сотрудничестве", signed.get(1).title());
        assertTrue(signed.get(1).parties().startsWith("АНО «ЦПП Смоленской области», АНО «Центр"));
    }

    @Test
    void readsAPlanSignedWithoutParties() {
        List<ExtractedAgreement> signed = extractor.extractSigned("В рамках встречи были обсуждены итоги работы и "
                + "планы совместных мероприятий.\nПодписан план совместных мероприятий на 2025-2026 гг.");

        assertEquals(List.of(new ExtractedAgreement(AgreementType.ACTION_PLAN, "план совместных мероприятий", null,
                "Подписан план совместных мероприятий на 2025-2026 гг.")), signed);
    }

    @Test
    void readsOtherKindsOfDocuments() {
        List<ExtractedAgreement> signed = extractor.extractSigned("Подписан Меморандум о взаимопонимании между "
                + "Смоленской областью и провинцией Хэйлунцзян. Заключен договор на поставку оборудования с ООО "
                + "«Лазертаг». Подписан протокол заседания рабочей группы. Заключен контракт с ОАО «МАЗ» о поставке "
                + "техники.");

        assertEquals(List.of(AgreementType.MEMORANDUM, AgreementType.CONTRACT, AgreementType.PROTOCOL,
                AgreementType.COMMERCIAL_CONTRACT), signed.stream().map(ExtractedAgreement::type).toList());
        assertEquals("договор на поставку оборудования", signed.get(1).title());
        assertEquals("ООО «Лазертаг»", signed.get(1).parties());
        assertEquals("ОАО «МАЗ»", signed.get(3).parties());
    }

    @Test
    void aPlannedSigningIsASigning() {
        List<ExtractedAgreement> signed = extractor.extractSigned("Заключение экспортных контрактов с иностранными "
                + "компаниями из стран СНГ");

        assertEquals(1, signed.size());
        assertEquals(AgreementType.COMMERCIAL_CONTRACT, signed.get(0).type());
        assertEquals("экспортных контрактов с иностранными компаниями из стран СНГ", signed.get(0).title());
        assertEquals(null, signed.get(0).parties());
    }

    @Test
    void aSigningInAnEventNameKeepsTheReferencedTreatyInTheTitle() {
        String name = "Подписание плана мероприятий в рамках договора о международном сотрудничестве между \nМБОУ "
                + "«Гимназия \n№ 4» г.\u00A0Смоленска и ГУО «Гимназия №\u00A032 \nг. Минска»";

        List<ExtractedAgreement> signed = extractor.extractSigned(name);
        List<ExtractedAgreement> references = extractor.extractReferences(name);

        assertEquals(1, signed.size());
        assertEquals(AgreementType.ACTION_PLAN, signed.get(0).type());
        assertEquals("плана мероприятий в рамках договора о международном сотрудничестве", signed.get(0).title());
        assertEquals("МБОУ «Гимназия № 4» г. Смоленска и ГУО «Гимназия № 32 г. Минска»", signed.get(0).parties());
        assertEquals(1, references.size());
        assertEquals(AgreementType.CONTRACT, references.get(0).type());
    }

    @Test
    void referencesToExistingAgreementsAreNotSignings() {
        String[] texts = {
                "В рамках проекта проведена виртуальная экскурсия по школьному музею для обучающихся школ, с которыми "
                        + "заключены соглашения о сотрудничестве",
                "Исполнение действующих двусторонних Соглашений о сотрудничестве в торгово-экономической, научно-"
                        + "технической и гуманитарно-культурной областях и стремление создания деловых отношений",
                "Организация санаторно-курортного лечения ветеранов (в соответствии с Договором о сотрудничестве между "
                        + "Постоянным Комитетом Союзного государства и Правительством Смоленской области "
                        + "от 19.12.2023)",
                "На основании Договора о сотрудничестве Постоянного Комитета Союзного государства и Правительства "
                        + "Смоленской области от 09.12.2025 № 147 в 2026 году нашему региону выделено 25 путевок",
                "В рамках заседания обсуждались вопросы реализации соглашений о сотрудничестве, в том числе "
                        + "заключенных "
                        + "в рамках форумов регионов Беларуси и России"};
        for (String text : texts) {
            assertEquals(List.of(), extractor.extractSigned(text), text);
            assertEquals(1, extractor.extractReferences(text).size(), text);
        }
        ExtractedAgreement treaty = extractor.extractReferences(texts[2]).get(0);
        assertEquals(AgreementType.CONTRACT, treaty.type());
        assertEquals("Договором о сотрудничестве", treaty.title());
        assertEquals("Постоянным Комитетом Союзного государства и Правительством Смоленской области", treaty.parties());
        assertEquals("Договора о сотрудничестве Постоянного Комитета Союзного государства и Правительства Смоленской "
                + "области", extractor.extractReferences(texts[3]).get(0).title());
    }

    @Test
    void arrangementsAreNotDocuments() {
        String result = "Достигнуты договоренности о проведении ряда тематических круглых столов в 2026 году.\n"
                + "Участники обменялись контактами и договорились о продолжении дальнейшего сотрудничества.\n"
                + "Установлены деловые контакты, достигнута договоренность о проработке вопроса.";

        assertEquals(List.of(), extractor.extractSigned(result));
        assertEquals(List.of(), extractor.extractReferences(result));
        assertEquals(List.of("Достигнуты договоренности о проведении ряда тематических круглых столов в 2026 году.",
                "Участники обменялись контактами и договорились о продолжении дальнейшего сотрудничества.",
                "Установлены деловые контакты, достигнута договоренность о проработке вопроса."),
                extractor.extractArrangements(result));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"встреча председателя с целью обсуждения проекта соглашения о сотрудничестве",
            "Подписание и отправка почтовых открыток для иностранной молодежи, мастер-класс по подписанию адреса",
            "Обсуждение внесения изменений в план совместных мероприятий на 2025-2026 учебные года",
            "Документ предусматривает сотрудничество по системной популяризации"})
    void findsNoSigningWhereNoneHappened(String text) {
        assertEquals(List.of(), extractor.extractSigned(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  \n ", "[bookmark: _GoBack]"})
    void blankTextHasNothing(String text) {
        assertEquals(List.of(), extractor.extractSigned(text));
        assertEquals(List.of(), extractor.extractReferences(text));
        assertEquals(List.of(), extractor.extractArrangements(text));
    }
}
