package nl.profielwijzer.ui.shell;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * The state the screens share: the loaded trees, who is asking, and the consultation under way. The
 * consultation is immutable; every move replaces it, and the main window shows the screen that follows from it.
 */
public final class ConsultationSession {
    private final ObjectProperty<TreeLibrary> library = new SimpleObjectProperty<>(this, "library");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<Consultation> consultation = new SimpleObjectProperty<>(this, "consultation");

    /** The loaded trees; null while they are loading. */
    public ObjectProperty<TreeLibrary> libraryProperty() {
        return library;
    }

    /** Employer or employee; null until chosen. */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** The consultation under way; null on the start screen. */
    public ObjectProperty<Consultation> consultationProperty() {
        return consultation;
    }

    public TreeLibrary library() {
        return library.get();
    }

    public Role role() {
        return role.get();
    }

    public Consultation consultation() {
        return consultation.get();
    }

    public Screen screen() {
        return Screen.of(consultation.get());
    }

    public Map<String, Source> register() {
        return library.get() == null ? Map.of() : library.get().sources();
    }

    public List<GlossaryEntry> glossary() {
        return library.get() == null ? List.of() : library.get().glossary();
    }

    public void begin(Tree tree) {
        consultation.set(Consultation.start(tree));
    }

    public void answer(String questionId, String optionId) {
        consultation.set(consultation.get().answer(questionId, optionId));
    }

    /** One question back; from the first question back to the choice of topic. */
    public void back() {
        Consultation now = consultation.get();
        if (now == null) {
            return;
        }
        consultation.set(now.canGoBack() ? now.back() : null);
    }

    public void jumpTo(String questionId) {
        consultation.set(consultation.get().jumpTo(questionId));
    }

    public void startOver() {
        consultation.set(null);
    }

    /** Continues with opened answers. */
    public void resume(Consultation opened, Role asRole) {
        if (asRole != null) {
            role.set(asRole);
        }
        consultation.set(opened);
    }
}
