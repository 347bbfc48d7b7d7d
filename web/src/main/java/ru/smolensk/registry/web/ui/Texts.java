package ru.smolensk.registry.web.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The screens' Russian texts from the resource bundle, and messages shown to the user. */
public final class Texts {

    /** The resource bundle of the screens (also the Faces variable {@code msg}). */
    public static final String BUNDLE = "ru.smolensk.registry.web.ui.messages";

    /** The language of the screens. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Texts() {
    }

    /** The text of a key, with {@code {0}}-style arguments filled in (pass numbers as strings). */
    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, RUSSIAN, Texts.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, RUSSIAN).format(args);
    }

    /** Shows an information message of the bundle. */
    public static void info(String key, Object... args) {
        show(FacesMessage.SEVERITY_INFO, get(key, args));
    }

    /** Shows an error message of the bundle. */
    public static void error(String key, Object... args) {
        show(FacesMessage.SEVERITY_ERROR, get(key, args));
    }

    /** Shows an error whose text is already in Russian (a message of the application services). */
    public static void errorText(String russianText) {
        show(FacesMessage.SEVERITY_ERROR, russianText);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
