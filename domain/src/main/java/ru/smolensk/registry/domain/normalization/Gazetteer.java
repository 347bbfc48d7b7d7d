package ru.smolensk.registry.domain.normalization;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word lists behind {@link CountryDetector} and {@link PlaceParser}: Russian country names and
 * adjectives, foreign toponyms met in the documents (Belarusian towns and oblasts first of all), and
 * the settlements and districts of the Smolensk oblast. All look-ups take lower-case words with «ё»
 * folded to «е». An entry ending in {@code *} matches every word starting with it; other entries
 * match whole words only. Partially recognised states have the user-assigned codes AB (Абхазия) and
 * OS (Южная Осетия), as in the country table.
 */
final class Gazetteer {

    /** Country names and adjectives: a word names the country itself. */
    private static final String[] COUNTRY_NAMES = {
            "BY:беларус*,белорус*",
            "RU:россия,россии,россию,россией,российск*",
            "CN:китай,китая,китаю,китаем,китае,китайск*",
            "KZ:казахстан*,казахск*",
            "UZ:узбекистан*,узбекск*,узбек,узбеки,узбеков",
            "KG:кыргызстан*,кыргызск*,киргизи*,киргизск*",
            "TJ:таджикистан*,таджикск*",
            "TM:туркменистан*,туркменск*,туркмени*",
            "AM:армения,армении,армению,арменией,армянск*",
            "AZ:азербайджан*",
            "GE:грузия,грузии,грузию,грузией,грузинск*",
            "MD:молдов*,молдави*,молдавск*",
            "AB:абхази*,абхазск*",
            "OS:южноосетин*",
            "RS:сербия,сербии,сербию,сербией,сербск*",
            "PK:пакистан*",
            "IN:индия,индии,индию,индией,индийск*",
            "DZ:алжир*",
            "ET:эфиопи*,эфиопск*",
            "EG:египет,египта,египте,египту,египтом,египетск*",
            "AE:эмират*",
            "HT:гаити",
            "AO:ангола,анголы,анголе,анголу,анголой,ангольск*",
            "ML:мали,малийск*",
            "TZ:танзани*",
            "TD:чад,чада,чаде,чаду",
            "AL:албани*,албанск*",
            "VE:венесуэл*",
            "SL:сьерра",
            "IR:иран,ирана,иране,ирану,ираном,иранск*",
            "IQ:ирак,ирака,ираке,ираку,иракск*",
            "SY:сирия,сирии,сирию,сирийск*",
            "MN:монголи*,монгольск*",
            "VN:вьетнам*",
            "LA:лаос,лаоса,лаосе,лаосск*",
            "KH:камбодж*",
            "CU:куба,кубы,кубе,кубу,кубой,кубинск*",
            "NI:никарагуа,никарагуанск*",
            "BR:бразили*",
            "AR:аргентин*",
            "MX:мексик*",
            "TR:турция,турции,турцию,турцией,турецк*",
            "JP:япония,японии,японию,японск*",
            "DE:германи*,германск*",
            "FR:франция,франции,францию,французск*",
            "IT:италия,италии,италию,итальянск*",
            "ES:испания,испании,испанию,испанск*",
            "GB:великобритани*,британск*",
            "PL:польша,польши,польше,польшу,польск*",
            "LV:латвия,латвии,латвию,латвийск*",
            "LT:литва,литвы,литве,литву,литовск*",
            "EE:эстония,эстонии,эстонию,эстонск*",
            "ID:индонези*",
            "MY:малайзи*",
            "TH:таиланд*,тайланд*",
            "MM:мьянм*",
            "IL:израил*",
            "SA:саудовск*",
            "BD:бангладеш",
            "NG:нигери*",
            "ZW:зимбабве",
            "CF:центральноафриканск*",
            "TN:тунис,туниса,тунисе",
            "MA:марокко",
            "LY:ливия,ливии,ливию",
            "AF:афганистан*",
            "KP:кндр",
            "KR:корея,кореи,корею,корейск*",
            "NZ:зеланди*",
            "AU:австрали*",
            "AT:австрия,австрии,австрию,австрийск*",
            "CH:швейцари*",
            "SE:швеция,швеции,швецию,шведск*",
            "NO:норвеги*",
            "FI:финлянди*,финск*",
            "GR:греция,греции,грецию,греческ*",
            "BG:болгари*",
            "HU:венгри*",
            "CZ:чехия,чехии,чехию,чешск*",
            "SK:словаки*",
            "SI:словени*",
            "HR:хорвати*",
            "ME:черногори*",
            "BA:босни*",
            "MK:македони*",
            "RO:румыни*",
            "US:сша"
    };

    /** Upper-case abbreviations, matched with their case. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("РБ", "BY", "КНР", "CN", "ОАЭ", "AE", "РФ", "RU",
            "США", "US", "ЮАР", "ZA", "КНДР", "KP");

    /** Foreign towns and regions met in the documents (plus the capitals of the neighbours). */
    private static final String[] FOREIGN_TOPONYMS = {
            "BY:минск*,витебск*,могилев*,гомел*,гродн*,брест*,орша,орши,оршу,оршей,орше,оршанск*,полоцк*,новополоцк*,"
                    + "лиозн*,дубровно,дубровенск*,бешенкович*,поставы,поставск*,лепел*,браслав*,молодечн*,кричев*,"
                    + "чаусы,чаус,чаусск*,дрибин*,ушачи,ушачск*,бобруйск*,пинск*,барановичи,барановичах,барановичск*,"
                    + "солигорск*,волковыск*,жодин*,мстиславл*,мстиславск*,горецк*,хотимск*,климовичи,климовичск*,"
                    + "костюковичи,костюковичск*,шклов*,толочин*,сенно,сенненск*,россон*,верхнедвинск*,миоры,"
                    + "миорск*,шарковщин*,докшиц*,новогрудск*,слонимск*,лидск*,мозыр*,жлобин*,речица,речицы,речице,"
                    + "речицк*,калинковичи,калинковичск*,осиповичи,осиповичск*,кобринск*,несвиж*,беловежск*,"
                    + "славгородск*,заславл*",
            "CN:пекин*,харбин*,цюйфу,шанхай*,гуанчжоу,шэньчжэн*,хэйлунцзян*,шаньдун*,далян*,шэньян*,циндао,ухань",
            "KZ:алматы,алма,астана,астаны,астане,астану,астаной,караганд*,шымкент*,павлодар*,костанай*,актобе",
            "UZ:ташкент*,самарканд*,бухара,бухары,бухаре,бухару,бухарск*,андижан*,наманган*,ферган*",
            "KG:бишкек*",
            "TJ:душанбе",
            "TM:ашхабад*",
            "AM:ереван*",
            "AZ:баку,гянджа,гянджи",
            "GE:тбилиси",
            "MD:кишинев*",
            "AB:сухум*,гагра,гагры,гагре,пицунд*",
            "OS:цхинвал*",
            "RS:белград*,крагуевац*"
    };

    /** Toponyms too ambiguous to trust unless written after «г.»: Горки, Борисов, Лида, Славгород. */
    private static final String[] FOREIGN_TOWNS_AFTER_MARKER = {
            "BY:горки,горках,горок,борисов,борисова,борисове,лида,лиды,лиде,славгород,славгорода,славгороде"
    };

    /** Belarusian oblasts in the nominative (lower case, «ё» folded). */
    private static final Map<String, String> FOREIGN_OBLASTS = Map.of("витебская область", "BY",
            "могилевская область", "BY", "минская область", "BY", "гродненская область", "BY",
            "гомельская область", "BY", "брестская область", "BY");

    /** Settlements of the Smolensk oblast (nominative, lower case). */
    private static final Set<String> SMOLENSK_SETTLEMENTS = Set.of("смоленск", "десногорск", "вязьма", "гагарин",
            "рославль", "ярцево", "сафоново", "дорогобуж", "рудня", "велиж", "демидов", "духовщина", "ельня",
            "починок", "сычевка", "кардымово", "красный", "монастырщина", "хиславичи", "шумячи", "новодугино",
            "темкино", "угра", "глинка", "ершичи", "холм-жирковский", "гнездово", "вишенки", "дмыничи", "клюкино",
            "глущенки", "мощинки", "болдино", "катынь", "талашкино", "пригорское", "микулино", "дугино",
            "печерск", "верхнеднепровский", "издешково", "озерный", "пржевальское", "касплия", "стодолище",
            "туманово", "голынки", "лубня", "кощино");

    /** Stems of the municipal districts («…ский район / муниципальный округ») of the Smolensk oblast. */
    private static final Set<String> SMOLENSK_DISTRICT_STEMS = Set.of("велижск", "вяземск", "гагаринск",
            "глинковск", "демидовск", "дорогобужск", "духовщинск", "ельнинск", "ершичск", "кардымовск", "краснинск",
            "монастырщинск", "новодугинск", "починковск", "рославльск", "руднянск", "сафоновск", "смоленск",
            "сычевск", "темкинск", "угранск", "хиславичск", "холм-жирковск", "шумячск", "ярцевск", "десногорск");

    /** Russian towns outside the Smolensk oblast met in the documents (nominative, lower case). */
    private static final Set<String> RUSSIAN_TOWNS = Set.of("москва", "санкт-петербург", "казань", "краснодар",
            "екатеринбург", "сочи", "красногорск", "орел", "волгоград", "нижний новгород", "переделкино",
            "великие луки", "брянск", "калуга", "тула", "псков", "мурманск", "новороссийск", "ярославль", "елец",
            "липецк", "калининград", "кострома", "раменское", "новокузнецк", "керчь", "севастополь", "ржев",
            "нелидово", "себеж", "курск", "тверь", "воронеж", "владимир", "рязань", "самара", "уфа", "новосибирск",
            "омск", "пермь", "челябинск", "ростов-на-дону", "белгород", "великий новгород", "петрозаводск",
            "архангельск", "вологда", "иваново", "кемерово", "красноярск", "иркутск", "владивосток", "хабаровск",
            "саратов", "пенза", "тамбов", "ульяновск", "ижевск", "киров", "чебоксары", "йошкар-ола", "саранск",
            "симферополь", "ялта", "донецк", "луганск", "краснодон", "мариуполь", "грозный", "махачкала", "нальчик",
            "владикавказ", "ставрополь", "пятигорск", "астрахань", "элиста", "майкоп", "тюмень", "сургут",
            "томск", "барнаул", "абакан", "чита", "улан-удэ", "якутск", "магадан", "обнинск", "королев", "подольск",
            "химки", "мытищи", "дубна", "коломна", "серпухов", "сергиев посад", "звенигород", "истра");

    private static final Map<String, String> NAME_EXACT = new HashMap<>();
    private static final Map<String, String> NAME_PREFIX = new HashMap<>();
    private static final Map<String, String> TOPONYM_EXACT = new HashMap<>();
    private static final Map<String, String> TOPONYM_PREFIX = new HashMap<>();
    private static final Map<String, String> MARKED_TOWNS = new HashMap<>();
    private static int maxPrefix;

    static {
        load(COUNTRY_NAMES, NAME_EXACT, NAME_PREFIX);
        load(FOREIGN_TOPONYMS, TOPONYM_EXACT, TOPONYM_PREFIX);
        load(FOREIGN_TOWNS_AFTER_MARKER, MARKED_TOWNS, new HashMap<>());
    }

    private Gazetteer() {
    }

    private static void load(String[] lines, Map<String, String> exact, Map<String, String> prefix) {
        for (String line : lines) {
            String code = line.substring(0, 2);
            for (String word : line.substring(3).split(",")) {
                if (word.endsWith("*")) {
                    String stem = word.substring(0, word.length() - 1);
                    prefix.put(stem, code);
                    maxPrefix = Math.max(maxPrefix, stem.length());
                } else {
                    exact.put(word, code);
                }
            }
        }
    }

    /** The country a lower-case word names («белорусских» → BY, «китайской» → CN), or null. */
    static String countryOfName(String word) {
        return lookup(word, NAME_EXACT, NAME_PREFIX);
    }

    /** The country of an upper-case abbreviation («РБ», «КНР», «ОАЭ», «РФ»), or null. */
    static String countryOfAbbreviation(String word) {
        return ABBREVIATIONS.get(word);
    }

    /** The country of a foreign toponym word («Витебской» → BY, «Алматы» → KZ), or null. */
    static String countryOfToponym(String word) {
        return lookup(word, TOPONYM_EXACT, TOPONYM_PREFIX);
    }

    /** The country of an ambiguous town name that follows «г.» («Горки» → BY), or null. */
    static String countryOfMarkedTown(String word) {
        return MARKED_TOWNS.get(word);
    }

    /** The country of an oblast written in the nominative, lower case («витебская область» → BY), or null. */
    static String countryOfForeignOblast(String oblast) {
        return FOREIGN_OBLASTS.get(oblast);
    }

    static boolean isSmolenskSettlement(String name) {
        return SMOLENSK_SETTLEMENTS.contains(name);
    }

    /** Whether a district adjective («Хиславичский», «Руднянского») belongs to the Smolensk oblast. */
    static boolean isSmolenskDistrict(String adjective) {
        for (int length = adjective.length(); length >= 5; length--) {
            if (SMOLENSK_DISTRICT_STEMS.contains(adjective.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRussianTown(String name) {
        return RUSSIAN_TOWNS.contains(name);
    }

    private static String lookup(String word, Map<String, String> exact, Map<String, String> prefix) {
        String code = exact.get(word);
        if (code != null) {
            return code;
        }
        for (int length = Math.min(word.length(), maxPrefix); length >= 3; length--) {
            code = prefix.get(word.substring(0, length));
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
