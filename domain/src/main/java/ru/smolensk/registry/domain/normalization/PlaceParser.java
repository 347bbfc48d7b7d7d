package ru.smolensk.registry.domain.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the «Место проведения» cell into places. The cell is split on {@code ;}, {@code /} and blank
 * lines, then before «, г. …» / «, города …» when the text before it is a place of its own
 * («г. Минск, г. Смоленск»); a venue in front of its town («МБУК «СРЦКС», г. Сафоново») stays with
 * it. Each place gets its settlement, region and country:
 * <ol>
 * <li>the country named outright when there is exactly one («(Республика Беларусь)», «, Республика
 * Казахстан»);</li>
 * <li>else the country of the settlement (gazetteer of foreign towns, of the Smolensk oblast and of
 * other Russian towns);</li>
 * <li>else of the region (Витебская/Могилевская/Минская/Гродненская/Гомельская/Брестская область →
 * BY, any other «… область» or «… край» → RU);</li>
 * <li>else of the district («Хиславичский муниципальный округ», «Руднянский район» → RU);</li>
 * <li>else the only country any toponym points to.</li>
 * </ol>
 * Places of the Smolensk oblast get the region «Смоленская область» even when only the town or the
 * district is written. «(в дистанционном формате)» on its own line or fragment, a website or a video
 * conference marks places as remote. Never throws. Thread-safe.
 */
public final class PlaceParser {

    private static final Pattern SEPARATOR = Pattern.compile("[;/]|\\r?\\n[ \\t\\u00A0\\u202F\\r]*\\r?\\n");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern PART_BOUNDARY = Pattern.compile(
            "(?=,)(?:,[\\s\\u00A0]*(?=г\\.[\\s\\u00A0]?(?:п\\.[\\s\\u00A0]?)?\\p{Lu}|город[аов]*[\\s\\u00A0])"
                    + "|(?<=\\)),[\\s\\u00A0]*(?=\\p{Lu}))");
    private static final Pattern SETTLEMENT = Pattern.compile("(?=[гпадсхГПАДСХ])(?<![\\p{L}.])"
            + "(?:г\\.\\s?п\\.|гп\\.|пгт\\.?|г\\.|гор\\."
            + "|(?iu:город|городской поселок|агрогородок|поселок|деревня|село|станица|хутор)"
            + "|аг\\.|пос\\.|п\\.|дер\\.|д\\."
            + "|с\\.|х\\.)\\s*(\\p{Lu}\\p{L}*(?:-\\p{L}+)*)(?:\\s+(\\p{Lu}\\p{L}*))?");
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ий|ый|ой|ие|ые|ая|яя|ое|ее)");
    private static final Pattern DISTRICT = Pattern.compile("(\\p{Lu}[\\p{L}-]*(?:ский|цкий|ского|цкого|ском|цком))"
            + "\\s+(?:(?:муниципальн\\p{L}*\\s+)?округ\\p{L}*|район\\p{L}*)");
    private static final Pattern REGION = Pattern.compile("(\\p{Lu}[\\p{L}-]*?)(?:ская|ской|скую|ском)"
            + "\\s+(?:област(?:ь|и|ью)(?!\\p{L})|обл\\.)");
    private static final Pattern KRAI = Pattern.compile(
            "(\\p{Lu}[\\p{L}-]*?)(?:ский|ского|ском)\\s+кра(?:й|я|ю|е)(?!\\p{L})");
    private static final Pattern REMOTE_NOTE_ON_OWN_LINE = Pattern.compile("\\n\\s*\\(([^()]*)\\)\\s*$");
    private static final String SMOLENSK_OBLAST = "Смоленская область";
    private static final String RUSSIA = "RU";

    private final CountryDetector countries = new CountryDetector();

    /** The places of a cell, in order; an empty list for a blank cell. */
    public List<ParsedPlace> parse(String cell) {
        String text = TextHygiene.stripBookmarks(cell);
        if (TextHygiene.normalize(text).isEmpty()) {
            return List.of();
        }
        boolean remoteEverywhere = hasRemoteNoteOnOwnLine(text);
        List<ParsedPlace> places = new ArrayList<>();
        List<Span> remoteOnly = new ArrayList<>();
        for (Span fragment : fragments(text)) {
            for (Analysis part : parts(text, fragment)) {
                if (!part.hasPlace() && part.remote()) {
                    remoteOnly.add(part.span());
                    remoteEverywhere = true;
                } else {
                    places.add(part.toPlace(text));
                }
            }
        }
        if (places.isEmpty() && !remoteOnly.isEmpty()) {
            Span all = new Span(remoteOnly.get(0).start(), remoteOnly.get(remoteOnly.size() - 1).end());
            return List.of(new ParsedPlace(all.trimmed(text), null, null, null, true));
        }
        if (remoteEverywhere) {
            places.replaceAll(p -> new ParsedPlace(p.raw(), p.locality(), p.region(), p.countryCode(), true));
        }
        return List.copyOf(places);
    }

    private static boolean hasRemoteNoteOnOwnLine(String text) {
        Matcher m = REMOTE_NOTE_ON_OWN_LINE.matcher(text.stripTrailing());
        return m.find() && FormatVocabulary.mentionsRemote(lower(m.group(1)));
    }

    private static List<Span> fragments(String text) {
        List<Span> urls = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            urls.add(new Span(url.start(), url.end()));
        }
        List<Span> fragments = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        while (m.find()) {
            if (insideAny(urls, m.start())) {
                continue;
            }
            addIfNotBlank(fragments, text, start, m.start());
            start = m.end();
        }
        addIfNotBlank(fragments, text, start, text.length());
        return fragments;
    }

    private static boolean insideAny(List<Span> spans, int index) {
        for (Span s : spans) {
            if (index >= s.start() && index < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static void addIfNotBlank(List<Span> spans, String text, int start, int end) {
        Span span = new Span(start, end);
        if (!TextHygiene.normalize(span.trimmed(text)).isEmpty()) {
            spans.add(span);
        }
    }

    /** Splits a fragment into places, keeping venues without a town of their own with the next part. */
    private List<Analysis> parts(String text, Span fragment) {
        List<Span> pieces = new ArrayList<>();
        Matcher m = PART_BOUNDARY.matcher(text).region(fragment.start(), fragment.end());
        int start = fragment.start();
        while (m.find()) {
            pieces.add(new Span(start, m.start()));
            start = m.end();
        }
        pieces.add(new Span(start, fragment.end()));

        List<Analysis> parts = new ArrayList<>();
        Span pending = null;
        for (Span piece : pieces) {
            Span span = pending == null ? piece : new Span(pending.start(), piece.end());
            Analysis analysis = analyse(text, span);
            if (analysis.hasPlace() || piece == pieces.get(pieces.size() - 1)) {
                parts.add(analysis);
                pending = null;
            } else {
                pending = span;
            }
        }
        if (parts.size() > 1 && !parts.get(parts.size() - 1).hasPlace()) {
            Analysis last = parts.remove(parts.size() - 1);
            Analysis previous = parts.remove(parts.size() - 1);
            parts.add(analyse(text, new Span(previous.span().start(), last.span().end())));
        }
        return parts;
    }

    private Analysis analyse(String text, Span span) {
        String norm = TextHygiene.foldHomoglyphs(TextHygiene.normalize(span.trimmed(text)));
        String lower = lower(norm);
        boolean remote = (FormatVocabulary.mentionsRemote(lower) || FormatVocabulary.mentionsWebsite(lower))
                && !FormatVocabulary.mentionsHybrid(lower);

        String locality = null;
        String settlementCountry = null;
        Matcher settlement = SETTLEMENT.matcher(norm);
        if (settlement.find()) {
            locality = settlement.group(1);
            if (settlement.group(2) != null && ADJECTIVE.matcher(locality).matches()) {
                locality = locality + " " + settlement.group(2);
            }
            settlementCountry = countryOfSettlement(lower(locality));
        }

        String region = null;
        String regionCountry = null;
        Matcher oblast = REGION.matcher(norm);
        Matcher krai = KRAI.matcher(norm);
        if (oblast.find()) {
            region = oblast.group(1) + "ская область";
            regionCountry = countryOfRegion(lower(region), lower(oblast.group(1)));
        } else if (krai.find()) {
            region = krai.group(1) + "ский край";
            regionCountry = RUSSIA;
        }

        String district = null;
        String districtCountry = null;
        Matcher d = DISTRICT.matcher(norm);
        if (d.find()) {
            district = d.group();
            String adjective = lower(d.group(1));
            districtCountry = Gazetteer.isSmolenskDistrict(adjective) ? RUSSIA : Gazetteer.countryOfToponym(adjective);
        }

        String country = single(countries.detectByName(norm));
        if (country == null) {
            country = firstNonNull(settlementCountry, regionCountry, districtCountry);
        }
        if (country == null) {
            country = single(countries.detect(norm));
        }
        boolean smolensk = RUSSIA.equals(country)
                && (locality != null && Gazetteer.isSmolenskSettlement(lower(locality))
                        || district != null && Gazetteer.isSmolenskDistrict(lower(d.group(1))));
        if (region == null && smolensk) {
            region = SMOLENSK_OBLAST;
        }
        if (locality == null) {
            locality = district;
        }
        return new Analysis(span, locality, region, country, remote);
    }

    private static String countryOfSettlement(String name) {
        if (Gazetteer.isSmolenskSettlement(name) || Gazetteer.isRussianTown(name)) {
            return RUSSIA;
        }
        String code = Gazetteer.countryOfToponym(name);
        return code != null ? code : Gazetteer.countryOfMarkedTown(name);
    }

    private static String countryOfRegion(String region, String stem) {
        String code = Gazetteer.countryOfForeignOblast(region);
        if (code == null) {
            code = Gazetteer.countryOfToponym(stem);
        }
        return code == null ? RUSSIA : code;
    }

    private static String single(Set<String> codes) {
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A half-open range of the cell text. */
    private record Span(int start, int end) {

        /** The text of the span without surrounding whitespace, commas and semicolons. */
        String trimmed(String text) {
            int s = start;
            int e = end;
            while (s < e && isTrimmable(text.charAt(s))) {
                s++;
            }
            while (e > s && isTrimmable(text.charAt(e - 1))) {
                e--;
            }
            return text.substring(s, e);
        }

        private static boolean isTrimmable(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == ';';
        }
    }

    private record Analysis(Span span, String locality, String region, String country, boolean remote) {

        boolean hasPlace() {
            return locality != null || region != null || country != null;
        }

        ParsedPlace toPlace(String text) {
            return new ParsedPlace(span.trimmed(text), locality, region, country, remote);
        }
    }
}
