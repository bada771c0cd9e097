package nl.profielwijzer.ui.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;

/**
 * The state the screens share: the loaded trees, who is asking, the consultation on screen, and every topic's
 * consultation of this session. Other classes read it through read-only properties and change it only through
 * the methods here, so every change of state is in one place.
 *
 * <p>Each topic keeps its consultation for the whole session: going back from the first question to the topics
 * and choosing the topic again resumes it; only {@link #restartTopic()} and {@link #forgetAll()} drop answers.
 * For each topic the session also knows the answers last saved to (or opened from) a file, so it can tell when
 * answers would be lost ({@link #unsavedTopics()}). The consultation is immutable; every move replaces it.
 */
public final class ConsultationSession {
    private final ReadOnlyObjectWrapper<TreeLibrary> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<Role> role = new ReadOnlyObjectWrapper<>(this, "role");
    private final ReadOnlyObjectWrapper<Consultation> consultation = new ReadOnlyObjectWrapper<>(this,
            "consultation");
    /** Every topic's consultation of this session, by tree id, in the order they were begun. */
    private final Map<String, Consultation> byTopic = new LinkedHashMap<>();
    /** The answers on the path when last saved or opened, by tree id. */
    private final Map<String, Map<String, String>> saved = new HashMap<>();
    /** An option chosen on the question on screen but not yet confirmed with Next: {tree, question, option}. */
    private String[] draft;

    /** The loaded trees; null while they are loading. */
    public ReadOnlyObjectProperty<TreeLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    /** Employer or employee; null until chosen. */
    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** The consultation on screen; null on the start screen. */
    public ReadOnlyObjectProperty<Consultation> consultationProperty() {
        return consultation.getReadOnlyProperty();
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

    /** The trees have loaded (or failed to: then a library with only problems). */
    public void libraryLoaded(TreeLibrary loaded) {
        library.set(loaded);
    }

    public void chooseRole(Role chosen) {
        role.set(chosen);
    }

    /** Opens a topic: resumes its consultation of this session, or starts one. */
    public void begin(Tree tree) {
        show(byTopic.getOrDefault(tree.id(), Consultation.start(tree)));
    }

    /** Whether a topic has answers from earlier in this session. */
    public boolean hasAnswers(String treeId) {
        Consultation earlier = byTopic.get(treeId);
        return earlier != null && !earlier.answersOnPath().isEmpty();
    }

    public void answer(String questionId, String optionId) {
        show(consultation.get().answer(questionId, optionId));
    }

    /** One question back; from the first question back to the choice of topic (the topic keeps its answers). */
    public void back() {
        Consultation now = consultation.get();
        if (now == null) {
            return;
        }
        if (now.canGoBack()) {
            show(now.back());
        } else {
            draft = null;
            consultation.set(null);
        }
    }

    public void jumpTo(String questionId) {
        show(consultation.get().jumpTo(questionId));
    }

    /** Drops the answers of the topic on screen and begins it again at its first question. */
    public void restartTopic() {
        Consultation now = consultation.get();
        if (now == null) {
            return;
        }
        byTopic.remove(now.tree().id());
        saved.remove(now.tree().id());
        show(Consultation.start(now.tree()));
    }

    /** Forgets every topic's answers and goes back to the start screen; the role stays chosen. */
    public void forgetAll() {
        byTopic.clear();
        saved.clear();
        draft = null;
        consultation.set(null);
    }

    /** Continues with opened answers, as {@code asRole}; they count as saved. */
    public void resume(Consultation opened, Role asRole) {
        if (asRole != null) {
            role.set(asRole);
        }
        saved.put(opened.tree().id(), opened.answersOnPath());
        show(opened);
    }

    /** The answers of {@code treeId} as they are now have been saved to a file. */
    public void markSaved(Consultation written) {
        saved.put(written.tree().id(), written.answersOnPath());
    }

    /**
     * The consultations with answers that were never saved or changed since they were last saved or opened,
     * the one on screen first.
     */
    public List<Consultation> unsavedTopics() {
        Map<String, Consultation> out = new LinkedHashMap<>();
        Consultation now = consultation.get();
        if (now != null) {
            out.put(now.tree().id(), now);
        }
        byTopic.forEach(out::putIfAbsent);
        return out.values().stream().filter(c -> !c.answersOnPath().isEmpty())
                .filter(c -> !c.answersOnPath().equals(saved.get(c.tree().id()))).toList();
    }

    /**
     * Remembers an option chosen on the question on screen before Next, so that rebuilding the screen (a change
     * of language) keeps it; null clears it.
     */
    public void choose(String questionId, String optionId) {
        Consultation now = consultation.get();
        draft = now == null || optionId == null ? null : new String[] {now.tree().id(), questionId, optionId};
    }

    /** The option chosen but not yet confirmed on this question, if any. */
    public Optional<String> chosen(String questionId) {
        Consultation now = consultation.get();
        if (draft == null || now == null || !draft[0].equals(now.tree().id()) || !draft[1].equals(questionId)) {
            return Optional.empty();
        }
        return Optional.of(draft[2]);
    }

    private void show(Consultation next) {
        draft = null;
        byTopic.put(next.tree().id(), next);
        consultation.set(next);
    }
}
