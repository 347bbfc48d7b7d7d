package ru.smolensk.registry.domain.normalization;

/**
 * One place read from the «Место проведения» cell.
 *
 * @param raw the fragment of the cell this place comes from, verbatim (bookmarks removed, trimmed)
 * @param locality the settlement without its type word («Смоленск» for «г. Смоленск», «Клюкино» for
 *        «д. Клюкино»), or a district when no settlement is named («Хиславичский муниципальный
 *        округ»), or {@code null}
 * @param region the first-level region in the nominative («Смоленская область», «Витебская
 *        область»), or {@code null}
 * @param countryCode ISO 3166-1 alpha-2 code («RU» for places in the Smolensk oblast and other Russian
 *        places, «BY», «KZ» …), or {@code null} when unknown
 * @param remote whether the event is held remotely at this place («в дистанционном формате», a
 *        website, video conference)
 */
public record ParsedPlace(String raw, String locality, String region, String countryCode, boolean remote) {

    /** Whether anything beyond the raw text was recognised. */
    public boolean isRecognised() {
        return locality != null || region != null || countryCode != null || remote;
    }
}
