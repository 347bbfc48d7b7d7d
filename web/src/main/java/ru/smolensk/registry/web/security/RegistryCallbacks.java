package ru.smolensk.registry.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * Talks to the container's user registry through the standard Jakarta Authentication callbacks.
 * <p>
 * On Open Liberty a {@link PasswordValidationCallback} checks the password against the registry and
 * records the caller, the registry's realm and the caller's groups (the registry's unique group ids)
 * in the client subject, exactly as the server's built-in Basic mechanism does. Those values are
 * kept as a {@link RegistryIdentity}. To re-establish that caller on a later request, the same realm
 * ({@link NameCallback} with the prompt {@value #REALM_PROMPT}), caller and groups are handed back
 * with a {@link CallerPrincipalCallback} and a {@link GroupPrincipalCallback}: the container then
 * files the groups under the registry's realm, which is what the group-to-role binding of the
 * application expects. (Without the realm the groups land in the container's default realm; access
 * ids such as {@code group:registry/COORDINATOR} passed as group names are prefixed a second time.)
 */
final class RegistryCallbacks {

    /** The prompt of the name callback that announces the realm (Liberty's credential attribute). */
    static final String REALM_PROMPT = "com.ibm.wsspi.security.cred.realm";

    /** Liberty's credential attribute with the caller's unique group ids. */
    static final String GROUPS = "com.ibm.wsspi.security.cred.groups";

    private static final Logger LOG = Logger.getLogger(RegistryCallbacks.class.getName());

    private RegistryCallbacks() {
    }

    /** The caller as the registry knows them: name, realm of the registry, unique group ids. */
    record RegistryIdentity(String caller, String realm, List<String> groups) implements Serializable {

        private static final long serialVersionUID = 1L;

        RegistryIdentity {
            groups = List.copyOf(groups);
        }
    }

    /**
     * Checks the password; on success the caller is signed in for this request and their identity as
     * the container recorded it in the client subject is returned.
     */
    static Optional<RegistryIdentity> validatePassword(UsernamePasswordCredential credential,
            HttpMessageContext context) {
        PasswordValidationCallback callback = new PasswordValidationCallback(context.getClientSubject(),
                credential.getCaller(), credential.getPassword().getValue());
        if (!handle(context, callback) || !callback.getResult()) {
            return Optional.empty();
        }
        return Optional.of(identityIn(context.getClientSubject(), credential.getCaller()));
    }

    /** Re-establishes a caller signed in earlier, with the realm and groups of their sign-in. */
    static boolean establish(RegistryIdentity identity, HttpMessageContext context) {
        Subject subject = context.getClientSubject();
        List<Callback> callbacks = new ArrayList<>();
        if (!identity.realm().isEmpty()) {
            NameCallback realm = new NameCallback(REALM_PROMPT);
            realm.setName(identity.realm());
            callbacks.add(realm);
        }
        callbacks.add(new CallerPrincipalCallback(subject, identity.caller()));
        callbacks.add(new GroupPrincipalCallback(subject, identity.groups().toArray(String[]::new)));
        return handle(context, callbacks.toArray(Callback[]::new));
    }

    private static RegistryIdentity identityIn(Subject subject, String caller) {
        String realm = "";
        List<String> groups = new ArrayList<>();
        for (Hashtable<?, ?> attributes : subject.getPrivateCredentials(Hashtable.class)) {
            if (attributes.get(REALM_PROMPT) != null) {
                realm = attributes.get(REALM_PROMPT).toString();
            }
            if (attributes.get(GROUPS) instanceof List<?> ids) {
                ids.forEach(id -> groups.add(String.valueOf(id)));
            }
        }
        return new RegistryIdentity(caller, realm, groups);
    }

    private static boolean handle(HttpMessageContext context, Callback... callbacks) {
        try {
            context.getHandler().handle(callbacks);
            return true;
        } catch (IOException | UnsupportedCallbackException e) {
            LOG.log(Level.WARNING, "The container refused an authentication callback", e);
            return false;
        }
    }
}
