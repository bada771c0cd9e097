package nl.profielwijzer.ui.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import nl.profielwijzer.engine.CombinedConsultation;
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
 *
 * <p>The whole-company check ({@link #beginCombined}) walks several topics at once: while it is on screen,
 * {@link #combinedProperty()} holds it and {@link #consultationProperty()} holds the consultation of the topic
 * on screen (the first topic while a shared fact or the conclusion shows), so the map and the menu keep working.
 * Answer, back and jump go to the combined consultation then; it too is kept for the session and tracked for
 * unsaved answers ({@link #unsavedCombined()}).
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
    private final ReadOnlyObjectWrapper<CombinedConsultation> combined = new ReadOnlyObjectWrapper<>(this,
            "combined");
    /** The whole-company check of this session (kept when the user goes back to the start screen). */
    private CombinedConsultation combinedKept;
    /** The combined answers when last saved or opened. */
    private Map<String, String> combinedSaved;
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

    /** The whole-company check on screen; null when a single topic or the start screen shows. */
    public ReadOnlyObjectProperty<CombinedConsultation> combinedProperty() {
        return combined.getReadOnlyProperty();
    }

    public CombinedConsultation combined() {
        return combined.get();
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
        CombinedConsultation walk = combined.get();
        if (walk != null) {
            return walk.current().isPresent() ? Screen.QUESTION : Screen.CONCLUSION;
        }
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

    /**
     * Begins the whole-company check over these topics (in this order), or resumes the one of this session when
     * it has the same topics.
     *
     * @throws IllegalArgumentException when no topic is given
     */
    public void beginCombined(List<Tree> topics) {
        if (combinedKept != null && combinedKept.topics().equals(topics)) {
            show(combinedKept);
        } else {
            combinedSaved = null;
            show(CombinedConsultation.start(topics, library.get().facts()));
        }
    }

    /** The topics of this session's whole-company check, or none. */
    public List<Tree> combinedTopics() {
        return combinedKept == null ? List.of() : combinedKept.topics();
    }

    /** Whether a topic has answers from earlier in this session. */
    public boolean hasAnswers(String treeId) {
        Consultation earlier = byTopic.get(treeId);
        return earlier != null && !earlier.answersOnPath().isEmpty();
    }

    /** Answers the question on screen; in the whole-company check {@code questionId} is the store key. */
    public void answer(String questionId, String optionId) {
        if (combined.get() != null) {
            show(combined.get().answer(questionId, optionId));
        } else {
            show(consultation.get().answer(questionId, optionId));
        }
    }

    /** One question back; from the first question back to the choice of topic (the topic keeps its answers). */
    public void back() {
        CombinedConsultation walk = combined.get();
        if (walk != null) {
            if (walk.canGoBack()) {
                show(walk.back());
            } else {
                draft = null;
                combined.set(null);
                consultation.set(null);
            }
            return;
        }
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

    /** Shows an earlier question again; in the whole-company check {@code questionId} is the store key. */
    public void jumpTo(String questionId) {
        if (combined.get() != null) {
            show(combined.get().jumpTo(questionId));
        } else {
            show(consultation.get().jumpTo(questionId));
        }
    }

    /** Drops the answers of the topic on screen and begins it again at its first question. */
    public void restartTopic() {
        Consultation now = consultation.get();
        if (now == null || combined.get() != null) {
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
        combinedKept = null;
        combinedSaved = null;
        draft = null;
        combined.set(null);
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

    /** Continues a whole-company check with opened answers, as {@code asRole}; they count as saved. */
    public void resumeCombined(CombinedConsultation opened, Role asRole) {
        if (asRole != null) {
            role.set(asRole);
        }
        combinedSaved = opened.answers();
        show(opened);
    }

    /** The answers of the whole-company check as they are now have been saved to a file. */
    public void markSaved(CombinedConsultation written) {
        combinedSaved = written.answers();
    }

    /** The whole-company check of this session when it has answers never saved or changed since. */
    public Optional<CombinedConsultation> unsavedCombined() {
        if (combinedKept == null || combinedKept.answers().isEmpty()
                || combinedKept.answers().equals(combinedSaved)) {
            return Optional.empty();
        }
        return Optional.of(combinedKept);
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
        if (now != null && combined.get() == null) {
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
        combined.set(null);
        byTopic.put(next.tree().id(), next);
        consultation.set(next);
    }

    /**
     * Shows a step of the whole-company check: the combined consultation first, then the consultation of the
     * topic on screen (which the screens and the map listen to).
     */
    private void show(CombinedConsultation next) {
        draft = null;
        combinedKept = next;
        combined.set(next);
        String topic = next.current().flatMap(CombinedConsultation.Prompt::topic).map(Tree::id)
                .orElse(next.topics().get(0).id());
        consultation.set(next.consultation(topic).orElseThrow());
    }
}
