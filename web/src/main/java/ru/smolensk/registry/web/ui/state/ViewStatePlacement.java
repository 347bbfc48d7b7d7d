package ru.smolensk.registry.web.ui.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the screens' view state, and with it their view-scoped beans, in the page: the beans are OmniFaces'
 * {@code @ViewScoped(saveInViewState = true)}, which OmniFaces allows only with client state saving, so that a form
 * opened on one server of a cluster can be posted to another (Liberty's Faces cannot read MyFaces' own session
 * objects back from the session database, docs/operations.md). It sets MyFaces' context parameters before MyFaces
 * reads them (an initializer runs before any listener): state saving {@code client}, compressed, encrypted and signed
 * with keys derived from {@code faces.state.secret} ({@link ViewStateKeys}), which every server of a cluster must share.
 * Without that secret each server draws keys of its own, so a page opened on one server cannot be posted to another
 * nor, after a restart, to the same one. The state proves nothing about a form's origin: {@code SameOriginCheck}.
 */
public class ViewStatePlacement implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(ViewStatePlacement.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Config config = ConfigProvider.getConfig();
        boolean cluster = "database".equalsIgnoreCase(config.getOptionalValue("sessions.store", String.class)
                .orElse("memory").strip());
        Optional<String> secret = config.getOptionalValue("faces.state.secret", String.class);
        parameters(secret.orElse(null)).forEach(context::setInitParameter);
        LOG.info(() -> "The screens' view state is kept in the page (encrypted), " + (secret.isPresent()
                ? "with the keys of faces.state.secret"
                : "with keys of this server only, drawn at start"
                        + (cluster
                                ? ": set faces.state.secret (FACES_STATE_SECRET) on every server of a cluster"
                                : "")));
    }

    /** MyFaces' context parameters: the view state in the page, with keys of the secret or MyFaces' random ones. */
    static Map<String, String> parameters(String secret) {
        Map<String, String> parameters = new LinkedHashMap<>();
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
}
