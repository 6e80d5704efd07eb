package id.wilayah.admin.web;

import id.wilayah.domain.audit.AuditEntry;
import id.wilayah.domain.audit.AuditFilter;
import id.wilayah.domain.audit.AuditLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

@Named("audit")
@ViewScoped
public class AuditPage implements Serializable {
    static final int MAX_ROWS = 500;
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private String actor;
    private String action;
    private String text;
    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.search(new AuditFilter(actor, action, text), MAX_ROWS);
        }
        return entries;
    }

    public List<String> getActions() {
        return audit.actions();
    }

    public void filter() {
        entries = null;
    }

    public void clear() {
        actor = null;
        action = null;
        text = null;
        entries = null;
    }

    public int getMaxRows() {
        return MAX_ROWS;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
