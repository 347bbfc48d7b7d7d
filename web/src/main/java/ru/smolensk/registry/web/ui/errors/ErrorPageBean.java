package ru.smolensk.registry.web.ui.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import ru.smolensk.registry.web.health.DatabaseOutage;
import ru.smolensk.registry.web.ui.Texts;

/**
 * What the error page says: chosen from the request attributes the servlet container (or OmniFaces' Ajax exception
 * handler) sets when it forwards to the page. Only the kind of the error is shown; the exception itself is logged by
 * the container and never shown. A failure because the database is out of reach is answered with 503 and says to
 * try again later.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

    private ErrorKind kind;

    /** The kind of error being shown. */
    public ErrorKind getKind() {
        if (kind == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            var attributes = faces.getExternalContext().getRequestMap();
            Object exception = attributes.get(RequestDispatcher.ERROR_EXCEPTION);
            if (exception instanceof Throwable failure && DatabaseOutage.isCause(failure)) {
                faces.getExternalContext().setResponseStatus(503);
                faces.getExternalContext().setResponseHeader("Retry-After", "10");
                kind = ErrorKind.UNAVAILABLE;
            } else {
                kind = ErrorKind.of(attributes.get(RequestDispatcher.ERROR_STATUS_CODE), isViewExpired(exception));
            }
        }
        return kind;
    }

    /** The page's title, e.g. «Страница не найдена». */
    public String getTitle() {
        return Texts.get("error.title." + getKind().key());
    }

    /** What happened and what to do, in plain words. */
    public String getText() {
        return Texts.get("error.text." + getKind().key());
    }

    /** The address that failed, to open it again (only for an expired page, whose address is worth repeating). */
    public String getRetryPath() {
        if (getKind() != ErrorKind.EXPIRED) {
            return null;
        }
        Object uri = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && !path.isBlank() ? path : null;
    }

    private static boolean isViewExpired(Object exception) {
        for (Throwable t = exception instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
