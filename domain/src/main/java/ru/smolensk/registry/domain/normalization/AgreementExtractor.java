package ru.smolensk.registry.domain.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.event.AgreementType;

/**
 * Finds documents in the «Цель, содержание и результат» text of a report (and in plan goals), and
 * keeps three things apart:
 * <ul>
 * <li>{@link #extractSigned(String) signed documents}: «Подписано Соглашение о сотрудничестве между …
 * и …», «подписан Меморандум …», «заключен договор с …», «подписаны трехсторонние соглашения …»,
 * «Важным результатом стало подписание соглашения …», and the items of «Заключены следующие
 * документы: – Соглашение …; – План мероприятий …»;</li>
 * <li>{@link #extractReferences(String) references to existing documents}: «в рамках договора …», «в
 * соответствии с Соглашением …», «на основании Договора …», «исполнение действующих Соглашений»,
 * «школ, с которыми заключены соглашения»;</li>
 * <li>{@link #extractArrangements(String) arrangements}: «достигнуты договоренности о …»,
 * «договорились о …» — these are not documents.</li>
 * </ul>
 * A draft («обсуждение проекта соглашения») is none of them. Thread-safe.
 */
public final class AgreementExtractor {

    private static final Pattern SIGNING = Pattern.compile("(?=[пз])(?<!\\p{L})(?:подписан[аоы]?|подписание|подписании"
            + "|подписали|подписал[аи]?|подпишут|заключен[аоы]?|заключено|заключение|заключении|заключили"
            + "|заключил[аи]?|заключат)(?!\\p{L})");
    private static final Pattern DOCUMENT = Pattern.compile("(?=[смдкп])(?<!\\p{L})(?:соглашени\\p{L}*"
            + "|меморандум\\p{L}*|договор(?!енн|ил|им|ят)\\p{L}*|контракт\\p{L}*|протокол\\p{L}*"
            + "|план\\p{L}*\\s+(?:совместных\\s+)?мероприяти\\p{L}*|дорожн\\p{L}*\\s+карт\\p{L}*|документ\\p{L}*)");
    private static final Pattern REFERENCE_CUE = Pattern.compile("(?:в\\s+рамках|в\\s+соответствии\\s+с"
            + "|на\\s+основании|согласно|во\\s+исполнение|реализаци\\p{L}*|исполнени\\p{L}*|действующ\\p{L}*"
            + "|заключенн\\p{L}*|подписанн\\p{L}*|котор\\p{L}*\\s+(?:были\\s+)?(?:заключен\\p{L}*|подписан\\p{L}*)"
            + "|по\\s+линии)(?:\\s+\\p{L}+){0,2}\\s+$");
    private static final Pattern DRAFT = Pattern.compile("проект\\p{L}*\\s+$");
    private static final Pattern RELATIVE = Pattern.compile("котор\\p{L}*\\s+(?:были\\s+)?$");
    private static final Pattern ARRANGEMENT = Pattern.compile("(?=д)(?:достигнут\\p{L}*\\s+договоренност"
            + "|договорил\\p{L}*|договоренност\\p{L}*\\s+(?:о|об)\\s)");
    private static final Pattern BETWEEN = Pattern.compile("\\s+между(?!\\p{L})\\s*:?\\s*");
    private static final Pattern TITLE_END = Pattern.compile(",\\s|;|\\s+от\\s+\\d|\\s+№\\s*\\d|\\s+на\\s+\\d{4}"
            + "|\\s+сроком\\s");
    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{L}+(?:ые|ие|ых|их|ое|ий|ый|ая|яя"
            + "|ую|юю|ого|его|ой|ей))\\s+$");
    private static final Pattern NOT_PART_OF_TITLE = Pattern
            .compile("^(?:действующ|заключен|подписан|котор|так|исполнени"
                    + "|реализаци|проект)");
    private static final Pattern WITH_NAME = Pattern.compile("\\s+с\\s+(?=[«\"]?\\p{Lu})");
    private static final Pattern SUBJECT_AFTER_PARTY = Pattern.compile("\\s+(?:на|о|об|по|в|до)\\s+(?=\\p{Ll})");
    private static final Pattern PARTIES_END = Pattern.compile("\\s+(?:на\\s+\\d{4}|сроком\\s|от\\s+\\d)|[.;]\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern LIST_HEADER = Pattern.compile(":\\s*$");

    /** Documents signed (or, in a plan, to be signed) according to the text. */
    public List<ExtractedAgreement> extractSigned(String text) {
        List<ExtractedAgreement> signed = new ArrayList<>();
        boolean listOfSigned = false;
        for (Sentences.Sentence sentence : Sentences.split(text)) {
            String s = sentence.text();
            String lower = lower(s);
            if (listOfSigned && sentence.bullet()) {
                Matcher doc = DOCUMENT.matcher(lower);
                if (doc.find()) {
                    signed.add(agreement(s, lower, doc.group(), doc.start(), s.length()));
                } else {
                    signed.add(new ExtractedAgreement(AgreementType.OTHER, trimEnd(s), null, s));
                }
                continue;
            }
            listOfSigned = false;
            Matcher verb = SIGNING.matcher(lower);
            if (!verb.find() || RELATIVE.matcher(lower.substring(0, verb.start())).find()) {
                continue;
            }
            List<Mention> documents = topLevelDocuments(lower);
            boolean onlyTheWordDocument = documents.stream().allMatch(d -> d.noun().startsWith("документ"));
            if (LIST_HEADER.matcher(s).find() && onlyTheWordDocument) {
                listOfSigned = true;
                continue;
            }
            for (int i = 0; i < documents.size(); i++) {
                Mention doc = documents.get(i);
                if (doc.noun().startsWith("документ")) {
                    continue;
                }
                int end = i + 1 < documents.size() ? documents.get(i + 1).start() : s.length();
                if (verb.start() > doc.end() && verb.start() < end) {
                    end = verb.start();
                }
                signed.add(agreement(s, lower, doc.noun(), doc.start(), end));
            }
        }
        return List.copyOf(signed);
    }

    /** Existing documents the text refers to («в рамках соглашения …», «в соответствии с Договором …»). */
    public List<ExtractedAgreement> extractReferences(String text) {
        List<ExtractedAgreement> references = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.split(text)) {
            String s = sentence.text();
            String lower = lower(s);
            Matcher doc = DOCUMENT.matcher(lower);
            while (doc.find()) {
                String before = lower.substring(Math.max(0, doc.start() - 80), doc.start());
                if (!doc.group().startsWith("документ") && REFERENCE_CUE.matcher(before).find()) {
                    int end = nextDocumentStart(lower, doc.end(), s.length());
                    references.add(agreement(s, lower, doc.group(), doc.start(), end));
                }
            }
        }
        return List.copyOf(references);
    }

    /** Sentences reporting arrangements that are not documents («Достигнуты договоренности о …»). */
    public List<String> extractArrangements(String text) {
        List<String> arrangements = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.split(text)) {
            if (ARRANGEMENT.matcher(lower(sentence.text())).find()) {
                arrangements.add(sentence.text());
            }
        }
        return List.copyOf(arrangements);
    }

    /** Document nouns that start a document of their own: not references, drafts or parts of a title. */
    private static List<Mention> topLevelDocuments(String lower) {
        List<Mention> documents = new ArrayList<>();
        int limit = lower.length();
        Matcher doc = DOCUMENT.matcher(lower);
        while (doc.find() && doc.start() < limit) {
            String before = lower.substring(Math.max(0, doc.start() - 80), doc.start());
            if (REFERENCE_CUE.matcher(before).find() || DRAFT.matcher(before).find()) {
                continue;
            }
            if (documents.isEmpty()) {
                Matcher between = BETWEEN.matcher(lower).region(doc.end(), lower.length());
                limit = between.find() ? between.start() : limit;
            }
            documents.add(new Mention(doc.start(), doc.end(), doc.group()));
        }
        return documents;
    }

    private static int nextDocumentStart(String lower, int from, int otherwise) {
        Matcher between = BETWEEN.matcher(lower).region(from, lower.length());
        Matcher doc = DOCUMENT.matcher(lower).region(from, lower.length());
        if (doc.find() && !(between.find() && between.start() < doc.start())) {
            return doc.start();
        }
        return otherwise;
    }

    private static ExtractedAgreement agreement(String s, String lower, String noun, int nounStart, int end) {
        int start = nounStart;
        for (int words = 0; words < 2; words++) {
            Matcher adjective = ADJECTIVE_BEFORE.matcher(lower).region(Math.max(0, start - 60), start)
                    .useTransparentBounds(true);
            if (!adjective.find() || NOT_PART_OF_TITLE.matcher(adjective.group(1)).find()) {
                break;
            }
            start = adjective.start(1);
        }
        String part = s.substring(start, end);
        String partLower = lower.substring(start, end);
        String title;
        String parties = null;
        Matcher between = BETWEEN.matcher(partLower);
        Matcher with = WITH_NAME.matcher(part);
        if (between.find()) {
            title = part.substring(0, between.start());
            parties = part.substring(between.end());
        } else if (with.find()) {
            title = part.substring(0, with.start());
            parties = part.substring(with.end());
            Matcher subject = SUBJECT_AFTER_PARTY.matcher(parties);
            if (subject.find()) {
                parties = parties.substring(0, subject.start());
            }
        } else {
            title = part;
        }
        Matcher titleEnd = TITLE_END.matcher(title);
        if (titleEnd.find(Math.min(title.length(), nounStart - start))) {
            title = title.substring(0, titleEnd.start());
        }
        if (parties != null) {
            Matcher stop = PARTIES_END.matcher(parties);
            if (stop.find()) {
                parties = parties.substring(0, stop.start());
            }
            parties = trimEnd(parties);
            parties = parties.isEmpty() ? null : parties;
        }
        return new ExtractedAgreement(typeOf(noun), trimEnd(title), parties, s);
    }

    private static AgreementType typeOf(String noun) {
        if (noun.startsWith("соглашени")) {
            return AgreementType.AGREEMENT;
        } else if (noun.startsWith("меморандум")) {
            return AgreementType.MEMORANDUM;
        } else if (noun.startsWith("договор")) {
            return AgreementType.CONTRACT;
        } else if (noun.startsWith("контракт")) {
            return AgreementType.COMMERCIAL_CONTRACT;
        } else if (noun.startsWith("протокол")) {
            return AgreementType.PROTOCOL;
        } else if (noun.startsWith("план") || noun.startsWith("дорожн")) {
            return AgreementType.ACTION_PLAN;
        }
        return AgreementType.OTHER;
    }

    private static String trimEnd(String s) {
        return TRAILING_PUNCTUATION.matcher(s.trim()).replaceAll("");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A document noun found in a sentence. */
    private record Mention(int start, int end, String noun) {
    }
}
