package nl.profielwijzer.tree;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A decision tree: questions leading to outcomes, with the headline question the verdict answers.
 *
 * @param headline      the question the verdict answers, phrased per role
 * @param verdictLabels per role, the short answer shown for each verdict and certainty, keyed as in the file:
 *                      {@code yes}, {@code yes-likely}, {@code yes-if}, {@code yes-if-likely}, {@code no},
 *                      {@code no-likely}, {@code unclear} (see {@link #labelKey(Verdict, Certainty)})
 * @param goodNews      per role, the verdicts that answer the headline in the reader's favour (an employee asking
 *                      "Must I…?" is glad to read "No"); empty when the tree does not say, and then no verdict is
 *                      shown as good or bad news
 * @param nodes         all nodes by id, in file order
 * @param origin        the file the tree was read from (for messages)
 */
public record Tree(
        String id,
        String version,
        LocalDate lawAsOf,
        LocalDate reviewBefore,
        LocalizedText title,
        Map<Role, LocalizedText> headline,
        Map<Role, Map<String, LocalizedText>> verdictLabels,
        String start,
        Map<Role, Set<Verdict>> goodNews,
        Map<String, Node> nodes,
        String origin) {

    public Tree {
        headline = Map.copyOf(headline);
        goodNews = Map.copyOf(goodNews);
        verdictLabels = Map.copyOf(verdictLabels);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** A tree that does not say which verdicts are good news. */
    public Tree(String id, String version, LocalDate lawAsOf, LocalDate reviewBefore, LocalizedText title,
            Map<Role, LocalizedText> headline, Map<Role, Map<String, LocalizedText>> verdictLabels, String start,
            Map<String, Node> nodes, String origin) {
        this(id, version, lawAsOf, reviewBefore, title, headline, verdictLabels, start, Map.of(), nodes, origin);
    }

    /**
     * How the verdict reads to someone in this role: good news, bad news, or neither (a "yes, if" or "unclear",
     * or a tree that does not say).
     */
    public Tidings tidings(Role role, Verdict verdict) {
        Set<Verdict> good = goodNews.getOrDefault(role, Set.of());
        if (good.contains(verdict)) {
            return Tidings.GOOD;
        }
        if (verdict == Verdict.YES_IF || verdict == Verdict.UNCLEAR || good.isEmpty()) {
            return Tidings.NEUTRAL;
        }
        return Tidings.BAD;
    }

    /** Whether a verdict answers the headline in the reader's favour; see {@link #tidings}. */
    public enum Tidings { GOOD, NEUTRAL, BAD }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    /** The node the tree starts with; empty when {@code start} names no node (a tree the validator refuses). */
    public Optional<Node> startNode() {
        return node(start);
    }

    public Optional<Question> question(String nodeId) {
        return node(nodeId).filter(Question.class::isInstance).map(Question.class::cast);
    }

    public List<Outcome> outcomes() {
        return nodes.values().stream().filter(Outcome.class::isInstance).map(Outcome.class::cast).toList();
    }

    public List<Question> questions() {
        return nodes.values().stream().filter(Question.class::isInstance).map(Question.class::cast).toList();
    }

    public LocalizedText headlineFor(Role role) {
        return headline.getOrDefault(role, title);
    }

    /** The verdict-label keys a tree file gives per role, in file order. */
    public static final List<String> LABEL_KEYS = List.of("yes", "yes-likely", "yes-if", "yes-if-likely", "no",
            "no-likely", "unclear");

    /**
     * The key of the banner label for a verdict and certainty: the verdict's code, with {@code -likely} for a
     * likely yes, yes-if or no ({@code unclear} has one label whatever the certainty).
     */
    public static String labelKey(Verdict verdict, Certainty certainty) {
        return certainty == Certainty.LIKELY && verdict != Verdict.UNCLEAR ? verdict.code() + "-likely"
                : verdict.code();
    }

    /** The role-phrased answer for a settled verdict, when the tree gives one. */
    public Optional<LocalizedText> verdictLabel(Role role, Verdict verdict) {
        return verdictLabel(role, verdict, Certainty.SETTLED);
    }

    /** The role-phrased answer for a verdict with its certainty ("Waarschijnlijk niet"), when the tree gives one. */
    public Optional<LocalizedText> verdictLabel(Role role, Verdict verdict, Certainty certainty) {
        return Optional.ofNullable(verdictLabels.getOrDefault(role, Map.of()).get(labelKey(verdict, certainty)));
    }
}
