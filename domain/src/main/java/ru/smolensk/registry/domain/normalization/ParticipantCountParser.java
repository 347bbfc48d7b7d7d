package ru.smolensk.registry.domain.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;

/**
 * Reads the participant count from the participants column (notes §6). Counts only numbers followed
 * by a word for people («человек», «участников», «школьников», «паломников», «экспонентов» …), so
 * «из 12 городов», «296 творческих работ» and «от 14 до 35 лет» are not counts. When a cell holds
 * several counts, the first of these wins:
 * <ol>
 * <li>a bare number, scope EVENT: the whole cell is «порядка 300» or «45 человек»;</li>
 * <li>a labelled total, scope {@link CountScope#EVENT}: «Общее количество участников – 39 человек»,
 * «Общее количество: N человек», «всего – N человек», «всего участников – 50», «в количестве 25
 * человек», «Состав участников уточняется (30 человек)»; «– 838 школьников и 72 педагога» adds up;</li>
 * <li>a whole-event count, scope EVENT: «приняли участие более 1200 человек», «собрал более 100
 * участников», or a count opening a sentence («110 участников из …», «Более 4 тысяч …»);</li>
 * <li>parenthesised subgroups, scope {@link CountScope#ORGANISATION}: «МБОУ «СШ № 8» (137 человек)»,
 * «(в составе 13 человек)»; groups by citizenship («Граждане Российской Федерации (7 человек),
 * иностранные граждане (16 человек)») add up to an EVENT count;</li>
 * <li>a dash suffix «… г. Десногорска – 76 человек», scope {@link CountScope#DELEGATION} when the
 * clause speaks of a delegation or of who «представил(и)» the town, otherwise EVENT («… духовенство –
 * порядка 300 человек»);</li>
 * <li>any other count, scope {@link CountScope#UNKNOWN} («Состав команды 12 игроков»).</li>
 * </ol>
 * Qualifiers: «более», «свыше», «не менее» → MORE_THAN; «порядка», «около», «примерно» → ABOUT;
 * «100-150», «от 100 до 150» → RANGE. Thousands: «13 000» (also with a no-break space), «4 тысяч»,
 * «1,5 тыс.». Thread-safe.
 */
public final class ParticipantCountParser {

    private static final String QUALIFIER = "(?:(?<qual>более(?:,?\\s+чем)?|свыше|больше|не\\s+менее|порядка|около"
            + "|примерно|приблизительно|почти|~)\\s*)?";
    private static final String ADJECTIVES = "(?:\\p{L}+(?:ых|их)\\s+){0,2}";
    private static final String UNIT = "(?:человек\\p{L}*|чел\\.|участни\\p{L}*|школьник\\p{L}*|педагог\\p{L}*"
            + "|паломник\\p{L}*|экспонент\\p{L}*|солист\\p{L}*|представител\\p{L}*|зрител\\p{L}*|игрок\\p{L}*"
            + "|тренер\\p{L}*|ветеран\\p{L}*|обучающ\\p{L}*|преподавател\\p{L}*|студент\\p{L}*|спортсмен\\p{L}*"
            + "|делегат\\p{L}*|гост(?:ь|я|ей)|волонтер\\p{L}*|учащ\\p{L}*|воспитанник\\p{L}*|детей|ребенка|ребят"
            + "|артист\\p{L}*|музыкант\\p{L}*|исполнител\\p{L}*|специалист\\p{L}*|посетител\\p{L}*|слушател\\p{L}*"
            + "|работник\\p{L}*|сотрудник\\p{L}*|граждан\\p{L}*|жител\\p{L}*|руководител\\p{L}*|членов|юношей"
            + "|девушек|мастеров)";
    private static final String UNIT_REQUIRED = "\\s+" + ADJECTIVES + "(?<unit>" + UNIT + ")";
    private static final String UNIT_OPTIONAL = "(?:" + UNIT_REQUIRED + "|(?=\\s*(?:$|[.,;:)])))";

    private static final Pattern LABELLED = core("(?=[овик])(?:общее\\s+количество(?:\\s+участников)?"
            + "(?:\\s+(?!более|свыше|порядка|около|примерно)\\p{L}+)?|(?<!\\p{L})всего(?:\\s+участников)?"
            + "|(?<!\\p{L})итого|в\\s+количестве|количество\\s+участников)\\s*(?:[:\\-]\\s*)?"
            + "(?:(?:составило|составляет|составил)\\s+)?", UNIT_OPTIONAL, "");
    private static final Pattern BARE = core("^", UNIT_OPTIONAL, "\\s*\\.?$");
    private static final Pattern PLANNED = core("состав\\s+участников\\s+уточняется\\s*\\(\\s*", UNIT_REQUIRED,
            "\\s*\\)?");
    private static final Pattern VERB = core("(?=[пус])(?:(?:приняли|приняло|принял[аои]?|примут|принимали)\\s+участие"
            + "|участвовал[иоа]?|собрал[аои]?|посетил[аои]?|присутствовал[иоа]?)\\s+", UNIT_REQUIRED, "");
    private static final Pattern SENTENCE_START = core("(?:^|[.!?]\\s+)", UNIT_REQUIRED, "");
    private static final Pattern PARENTHESISED = core("\\(\\s*(?:в\\s+составе\\s+)?", UNIT_REQUIRED, "[^()]*\\)");
    private static final Pattern DASH = core("-\\s*", UNIT_REQUIRED, "");
    private static final Pattern ANY = core("(?=[\\dбснпо~])", UNIT_REQUIRED, "");
    private static final Pattern MORE_COUNTS = Pattern.compile("\\s*(?:,|и)\\s*" + number("c") + UNIT_REQUIRED);

    private static final Pattern DASHES = Pattern.compile("[\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern CITIZENSHIP = Pattern.compile("граждан|иностран");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");
    private static final Pattern DELEGATION = Pattern.compile("делегаци|представил|представлен|в составе");

    /** The participant count of a cell, or empty when it names no number of people. */
    public Optional<ParticipantCount> parse(String participants) {
        String text = TextHygiene.normalize(participants);
        if (text.isEmpty() || !containsDigit(text)) {
            return Optional.empty();
        }
        String lower = DASHES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("-");
        Optional<ParticipantCount> found = first(BARE, text, lower, CountScope.EVENT)
                .or(() -> labelled(text, lower))
                .or(() -> first(PLANNED, text, lower, CountScope.EVENT))
                .or(() -> first(VERB, text, lower, CountScope.EVENT))
                .or(() -> first(SENTENCE_START, text, lower, CountScope.EVENT))
                .or(() -> parenthesised(text, lower))
                .or(() -> dashSuffix(text, lower))
                .or(() -> first(ANY, text, lower, CountScope.UNKNOWN));
        return found;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ParticipantCount> labelled(String text, String lower) {
        Matcher m = LABELLED.matcher(lower);
        if (!m.find()) {
            return Optional.empty();
        }
        ParticipantCount count = toCount(m, text, CountScope.EVENT, m.start());
        if (m.group("unit") == null || count.qualifier() == CountQualifier.RANGE) {
            return Optional.of(count);
        }
        int total = count.value();
        int end = m.end();
        Matcher more = MORE_COUNTS.matcher(lower);
        while (more.region(end, lower.length()).lookingAt()) {
            total += number(more, "c");
            end = more.end();
        }
        if (end == m.end()) {
            return Optional.of(count);
        }
        return Optional.of(new ParticipantCount(total, null, count.qualifier(), CountScope.EVENT,
                text.substring(m.start(), end)));
    }

    private static Optional<ParticipantCount> parenthesised(String text, String lower) {
        Matcher m = PARENTHESISED.matcher(lower);
        List<ParticipantCount> counts = new ArrayList<>();
        boolean allByCitizenship = true;
        int clauseStart = 0;
        int firstStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            counts.add(toCount(m, text, CountScope.ORGANISATION, m.start()));
            Matcher citizenship = CITIZENSHIP.matcher(lower).region(clauseStart, m.start());
            boolean byCitizenship = citizenship.find();
            allByCitizenship &= byCitizenship;
            if (firstStart < 0) {
                firstStart = byCitizenship ? citizenship.start() : m.start();
            }
            clauseStart = m.end();
            lastEnd = m.end();
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        if (counts.size() > 1 && allByCitizenship
                && counts.stream().allMatch(c -> c.qualifier() == CountQualifier.EXACT)) {
            int total = counts.stream().mapToInt(ParticipantCount::value).sum();
            return Optional.of(new ParticipantCount(total, null, CountQualifier.EXACT, CountScope.EVENT,
                    text.substring(firstStart, lastEnd)));
        }
        return Optional.of(counts.get(0));
    }

    private static Optional<ParticipantCount> dashSuffix(String text, String lower) {
        Matcher m = DASH.matcher(lower);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean delegation = DELEGATION.matcher(lower.substring(sentenceStart(text, m.start()), m.start())).find();
        return Optional.of(toCount(m, text, delegation ? CountScope.DELEGATION : CountScope.EVENT, m.start()));
    }

    /** Start of the sentence around {@code index}: after the last «. X» that does not follow an abbreviation. */
    private static int sentenceStart(String text, int index) {
        Matcher m = SENTENCE_END.matcher(text).region(0, index);
        int start = 0;
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (m.start() - wordStart > 2) {
                start = m.end();
            }
        }
        return start;
    }

    private static Optional<ParticipantCount> first(Pattern pattern, String text, String lower, CountScope scope) {
        Matcher m = pattern.matcher(lower);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start("qual") >= 0 ? m.start("qual") : m.start("aDigits");
        return Optional.of(toCount(m, text, scope, pattern == SENTENCE_START || pattern == ANY ? start : m.start()));
    }

    private static ParticipantCount toCount(Matcher m, String text, CountScope scope, int start) {
        int value = number(m, "a");
        Integer max = m.group("bDigits") == null ? null : number(m, "b");
        CountQualifier qualifier;
        if (max != null) {
            qualifier = CountQualifier.RANGE;
            if (max < value) {
                int swap = max;
                max = value;
                value = swap;
            }
        } else {
            qualifier = qualifierOf(m.group("qual"));
        }
        return new ParticipantCount(value, max, qualifier, scope, text.substring(start, m.end()).trim());
    }

    private static CountQualifier qualifierOf(String word) {
        if (word == null) {
            return CountQualifier.EXACT;
        }
        if (word.startsWith("более") || word.startsWith("свыше") || word.startsWith("больше")
                || word.startsWith("не")) {
            return CountQualifier.MORE_THAN;
        }
        return CountQualifier.ABOUT;
    }

    private static int number(Matcher m, String prefix) {
        long digits = Long.parseLong(m.group(prefix + "Digits").replace(" ", ""));
        String fraction = m.group(prefix + "Frac");
        if (m.group(prefix + "K") == null) {
            return (int) Math.min(digits, Integer.MAX_VALUE);
        }
        double value = digits;
        if (fraction != null) {
            value += Double.parseDouble("0." + fraction);
        }
        return (int) Math.min(Math.round(value * 1000), Integer.MAX_VALUE);
    }

    /** A number: «39», «13 000», «4 тысяч», «1,5 тыс.»; groups {@code <p>Digits}, {@code <p>Frac}, {@code <p>K}. */
    private static String number(String p) {
        return "(?<" + p + "Digits>\\d{1,3}(?: \\d{3})+(?!\\d)|\\d{1,9})(?!\\d)(?:(?:[.,](?<" + p + "Frac>\\d{1,2}))?"
                + "\\s*(?<" + p + "K>тысяч\\p{L}*|тыс\\.?))?";
    }

    private static Pattern core(String before, String unit, String after) {
        return Pattern.compile(before + QUALIFIER + "(?:от\\s+)?" + number("a") + "(?:\\s*(?:-|до)\\s*" + number("b")
                + ")?" + unit + after);
    }
}
