package ru.smolensk.registry.web.rest.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import ru.smolensk.registry.domain.model.shared.StaleVersionException;

/**
 * The version of an object as its {@code ETag}, e.g. {@code "3"}, and the version a client saw read back from its
 * {@code If-Match} header. Without it a change is refused (428); a tag that cannot be a current version
 * (a weak or malformed tag) never matches (412).
 */
public final class IfMatch {

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"|(\\d{1,18})");
    private static final int MAX_ECHOED_LENGTH = 40;

    private IfMatch() {
    }

    /** The ETag of an object at this version. */
    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version named by the header. */
    public static long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            throw new PreconditionRequiredException("Укажите в заголовке If-Match версию объекта из его заголовка"
                    + " ETag (например, If-Match: \"3\"): так изменения другого пользователя не будут затерты");
        }
        Matcher m = STRONG_VERSION_TAG.matcher(header.strip());
        if (!m.matches()) {
            String echoed = header.strip().length() > MAX_ECHOED_LENGTH
                    ? header.strip().substring(0, MAX_ECHOED_LENGTH) + "…"
                    : header.strip();
            throw new StaleVersionException("Заголовок If-Match «" + echoed + "» не совпадает с текущей версией"
                    + " объекта; укажите значение его заголовка ETag, например \"3\"");
        }
        return Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
