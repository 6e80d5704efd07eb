package id.wilayah.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-level messages that survive the redirect after a successful POST. */
public final class Messages {
    private Messages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
