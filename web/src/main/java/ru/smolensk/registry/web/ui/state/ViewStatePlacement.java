package ru.smolensk.registry.web.ui.state;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the screens' view state in the page when sessions are kept in the database ({@code sessions.store=database}):
 * Liberty's Faces cannot read MyFaces' own session objects back from the store (docs/operations.md), so a view state
 * kept on the server would be lost with the server. It sets MyFaces' context parameters before MyFaces reads them
 * (an initializer runs before any listener): state saving {@code client}, compressed, encrypted and signed with keys
 * derived from {@code faces.state.secret} ({@link ViewStateKeys}), which every server of a cluster must share. Without
 * that secret each server draws keys of its own and a page opened on one server cannot be posted to another. With
 * sessions in memory nothing changes: the view state stays on the server.
 */
public class ViewStatePlacement implements ServletContainerInitializer {

    /** The servlet context attribute that says the view state travels in the page ({@link #inPage}). */
    static final String IN_PAGE = ViewStatePlacement.class.getName() + ".inPage";

    private static final Logger LOG = Logger.getLogger(ViewStatePlacement.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Config config = ConfigProvider.getConfig();
        String store = config.getOptionalValue("sessions.store", String.class).orElse("memory");
        Optional<String> secret = config.getOptionalValue("faces.state.secret", String.class);
        Map<String, String> parameters = parameters(store, secret.orElse(null));
        parameters.forEach(context::setInitParameter);
        context.setAttribute(IN_PAGE, !parameters.isEmpty());
        if (!parameters.isEmpty()) {
            LOG.info(() -> "Sessions in the database: the screens' view state is kept in the page (encrypted), "
                    + (secret.isPresent()
                            ? "with the keys of faces.state.secret"
                            : "with keys of this server only: set faces.state.secret (FACES_STATE_SECRET) on every"
                                    + " server of a cluster"));
        }
    }

    /** MyFaces' context parameters for a session store and secret; none when the view state stays on the server. */
    static Map<String, String> parameters(String store, String secret) {
        if (!"database".equalsIgnoreCase(store.strip())) {
            return Map.of();
        }
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("jakarta.faces.STATE_SAVING_METHOD", "client");
        parameters.put("org.apache.myfaces.USE_ENCRYPTION", "true");
        parameters.put("org.apache.myfaces.COMPRESS_STATE_IN_CLIENT", "true");
        if (secret != null && !secret.isBlank()) {
            ViewStateKeys keys = ViewStateKeys.from(secret);
            parameters.put("org.apache.myfaces.ALGORITHM", "AES");
            parameters.put("org.apache.myfaces.SECRET", keys.encryption());
            parameters.put("org.apache.myfaces.MAC_ALGORITHM", "HmacSHA256");
            parameters.put("org.apache.myfaces.MAC_SECRET", keys.signature());
        }
        return parameters;
    }

    /** Whether this application keeps its view state in the page (so it proves nothing about a form's origin). */
    public static boolean inPage(ServletContext context) {
        return Boolean.TRUE.equals(context.getAttribute(IN_PAGE));
    }
}
