package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryDetectorTest {

    private final CountryDetector detector = new CountryDetector();

    private List<String> detect(String text) {
        return List.copyOf(detector.detect(text));
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Республика Беларусь                                      | BY
            представители Республики Беларусь                        | BY
            белорусских предпринимателей                             | BY
            молодежь России и Белоруссии                             | RU,BY
            делегация РБ                                             | BY
            Студенты медицинских ВУЗов г. Смоленска и г. Цюйфу (КНР) | CN
            обучающиеся из Китайской Народной Республики             | CN
            китайских партнеров                                      | CN
            Казахстан, Республики Казахстана                         | KZ
            узбекских компаний                                       | UZ
            Кыргызской Республики, Таджикистана                      | KG,TJ
            Молдовы, Армении, Грузии, Туркменистана                  | MD,AM,GE,TM
            Республики Абхазия и Республики Южная Осетия             | AB,OS
            Исламской Республики Пакистан                            | PK
            Арабской Республики Египет, Республики Индия             | EG,IN
            Алжирской Народной Демократической Республики            | DZ
            Федеративной Демократической Республики Эфиопия          | ET
            Делегация Объединенных Арабских Эмиратов (ОАЭ)           | AE
            Республики Гаити, Республики Анголы, Республики Мали     | HT,AO,ML
            включая Албанию, Танзанию и Чад                          | AL,TZ,TD
            гость из Венесуэлы, представитель Азербайджанской Республики | VE,AZ
            России, Индонезии и Сьерра‑Леоне                         | RU,ID,SL
            Республика Сербия (г. Крагуевац)                         | RS
            Российско-германской внешнеторговой палаты               | RU,DE
            Российская Федерация                                     | RU
            российских и белорусских муниципалитетов                 | RU,BY
            регионов РФ                                              | RU
            Kазахстан                                                | KZ
            """)
    void findsCountriesByNameAndAdjective(String text, String codes) {
        assertEquals(Arrays.asList(codes.split(",")), detect(text));
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            г. Минск                      | BY
            г. Витебска                   | BY
            Могилев, Могилёва             | BY
            г. Гомеля, Гродно, г. Бреста   | BY
            ГУО «Средняя школа № 7 г. Орши» | BY
            г. Полоцк, г. Новополоцка      | BY
            г. Горки                      | BY
            г. Мстиславль                 | BY
            Витебская область             | BY
            Могилевской области           | BY
            Минская область               | BY
            Гродненская область           | BY
            Гомельская область            | BY
            Брестская область             | BY
            делегация Лиозненского района | BY
            г. Пекин, г. Харбин           | CN
            г. Алматы, Астана             | KZ
            Ташкент                       | UZ
            Бишкек                        | KG
            Ереван                        | AM
            Баку                          | AZ
            Сухум                         | AB
            Цхинвал                       | OS
            """)
    void findsForeignToponyms(String text, String code) {
        assertEquals(List.of(code), detect(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @NullAndEmptySource
    @ValueSource(strings = {"г. Смоленск, Смоленская область", "г. Москва", "IV Всероссийский фестиваль-конкурс",
            "г. Новороссийск", "Общероссийской общественной организации", "памяти Героя Советского Союза А.Н. Малихова",
            "Ленинские горки", "индивидуальный подход", "Союзного государства", "Донецкой Народной Республики",
            "ROSSиЯ.RU", "от немецко-фашистских захватчиков", "Краснодон", "Северная Осетия"})
    void findsNothingWhereNoForeignCountryOrRussiaIsNamed(String text) {
        assertEquals(List.of(), detect(text));
    }

    @Test
    void readsARealParticipantsCellInOrderOfMention() {
        String cell = "Представители Узбекистана, Кыргызстана, Таджикистана, Молдовы, Беларуси, России, Армении, "
                + "Грузии,"
                + " Казахстана, Туркменистана и Абхазии (13\u00A0000 человек).\nОбучающиеся МБОУ «СШ\u00A0№\u00A08»"
                + " г.\u00A0Смоленска (137\u00A0человек)";

        assertEquals(List.of("UZ", "KG", "TJ", "MD", "BY", "RU", "AM", "GE", "KZ", "TM", "AB"), detect(cell));
    }

    @Test
    void readsTeamsOfRecognisedAndPartiallyRecognisedStates() {
        String cell = "Команды Российской Федерации (из\u00A0Смоленской области, Брянской области, Донецкой Народной "
                + "Республики), Республики Абхазия, Республики Беларусь, Республики Южная Осетия.";

        assertEquals(List.of("RU", "AB", "BY", "OS"), detect(cell));
    }

    @Test
    void detectByNameIgnoresToponyms() {
        String place = "г. Москва, Деловой и культурный комплекс Посольства Республики Беларусь";

        assertEquals(Set.of("BY"), detector.detectByName(place));
        assertEquals(Set.of(), detector.detectByName("г. Витебск, Витебская область"));
        assertEquals(Set.of("BY"), detector.detect("г. Витебск, Витебская область"));
    }
}
