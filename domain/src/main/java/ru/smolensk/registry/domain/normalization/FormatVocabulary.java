package ru.smolensk.registry.domain.normalization;

import java.util.regex.Pattern;

/**
 * The words that tell how an event is held (notes §9.2). All methods expect lower-case text with «ё»
 * folded to «е». Each check first looks for a few plain substrings (fast on long result texts) and
 * runs its regular expression only when one of them occurs.
 */
final class FormatVocabulary {

    private static final String[] REMOTE_HINTS = {"дистанц", "онлайн", "online", "on-line", "видео", "вкс",
            "телемост", "вебинар", "виртуал", "интернет-", "эфир", "zoom", "заочн"};
    private static final String[] WEBSITE_HINTS = {"сайт", "портал", "http", "www."};
    private static final String[] IN_PERSON_HINTS = {"очн", "фф", "флайн", "offline", "off-line"};
    private static final String[] HYBRID_HINTS = {"очн", "смешанн", "гибридн", "двух форматах", "лайн"};

    /** Online, video conference, telebridge, webinar, virtual, by video recording, correspondence. */
    private static final Pattern REMOTE = Pattern.compile("дистанционн|онлайн|on-?line|видеоконференц|видео-конференц"
            + "|(?<!\\p{L})вкс(?!\\p{L})|телемост|вебинар|виртуальн|видеозапис|видео-?формат|видео-?концерт"
            + "|видео-?встреч|интернет-|в прямом эфире|(?<!\\p{L})zoom(?!\\p{L})|заочн");

    /** A website given as the venue («Сайт ОГБУК …»); only meaningful in the place cell. */
    private static final Pattern WEBSITE = Pattern.compile("(?<!\\p{L})(?:сайт|портал|https?://|www\\.)");

    /** An explicit in-person word: «очный», «очно», «оффлайн» (but not «заочный», «-очная»). */
    private static final Pattern IN_PERSON = Pattern.compile("(?<![\\p{L}-])очн(?:ый|ой|ом|о|ая|ую|ые|ых|ым|ыми|ое"
            + "|ого|ому)(?!\\p{L})|оф+лайн|off-?line");

    /** Explicit mixed format: «очно-заочный», «дистанционно-очная», «очный / дистанционный» … */
    private static final Pattern HYBRID = Pattern.compile("очно-заочн|заочно-очн|дистанционно-очн|очно-дистанционн"
            + "|смешанн\\p{L}* формат|гибридн|в двух форматах|очн\\p{L}*\\s*(?:/|,|и|или)\\s*«?"
            + "(?:дистанционн|заочн|онлайн|по видеозапис)|(?:дистанционн|онлайн)\\p{L}*\\s*(?:/|и|или)\\s*очн"
            + "|онлайн\\s*(?:/|и|или|-)\\s*оф+лайн|оф+лайн\\s*(?:/|и|или|-)\\s*онлайн");

    private FormatVocabulary() {
    }

    /** Online, video conference, telebridge, webinar, virtual, by video recording, correspondence. */
    static boolean mentionsRemote(CharSequence lower) {
        return containsAny(lower, REMOTE_HINTS) && REMOTE.matcher(lower).find();
    }

    /** A website given as the venue («Сайт ОГБУК …»); only meaningful in the place cell. */
    static boolean mentionsWebsite(CharSequence lower) {
        return containsAny(lower, WEBSITE_HINTS) && WEBSITE.matcher(lower).find();
    }

    /** An explicit in-person word: «очный», «очно», «оффлайн» (but not «заочный», «-очная»). */
    static boolean mentionsInPerson(CharSequence lower) {
        return containsAny(lower, IN_PERSON_HINTS) && IN_PERSON.matcher(lower).find();
    }

    /** Explicit mixed format: «очно-заочный», «дистанционно-очная», «очный / дистанционный» … */
    static boolean mentionsHybrid(CharSequence lower) {
        return containsAny(lower, HYBRID_HINTS) && HYBRID.matcher(lower).find();
    }

    private static boolean containsAny(CharSequence text, String[] hints) {
        String s = text.toString();
        for (String hint : hints) {
            if (s.contains(hint)) {
                return true;
            }
        }
        return false;
    }
}
