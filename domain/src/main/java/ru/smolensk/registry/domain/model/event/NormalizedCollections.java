package ru.smolensk.registry.domain.model.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 digest of an entry's normalized collections (places in order, country codes in order, the status of
 * each field in the order of the fields), over an unambiguous encoding: every value is written with its length, a
 * missing one as {@code -1}. Two digests are equal only when the collections are.
 */
final class NormalizedCollections {

    private NormalizedCollections() {
    }

    static String digest(List<EventPlace> places, Collection<String> countryCodes,
            Map<EventField, FieldStatus> statuses) {
        StringBuilder canonical = new StringBuilder(256);
        canonical.append("places:").append(places.size());
        for (EventPlace place : places) {
            value(canonical, place.rawText());
            value(canonical, place.locality());
            value(canonical, place.region());
            value(canonical, place.countryCode());
        }
        canonical.append(";countries:").append(countryCodes.size());
        countryCodes.forEach(code -> value(canonical, code));
        canonical.append(";statuses:").append(statuses.size());
        for (EventField field : EventField.values()) {
            FieldStatus status = statuses.get(field);
            if (status != null) {
                value(canonical, field.name());
                value(canonical, status.status() == null ? null : status.status().name());
                value(canonical, status.message());
            }
        }
        return sha256(canonical.toString());
    }

    private static void value(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("|-1:");
        } else {
            canonical.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
