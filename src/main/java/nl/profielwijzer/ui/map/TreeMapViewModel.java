package nl.profielwijzer.ui.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.profielwijzer.advice.ReportText;
import nl.profielwijzer.advice.TreeLayout;
import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.ui.i18n.I18n;

/**
 * The map of the tree of a consultation: where each question and outcome goes ({@link TreeLayout}), its texts in
 * the window's language, and which edges make up the user's path and which node is on screen now.
 */
public final class TreeMapViewModel {
    /** Node boxes a little larger than the layout's default, so three lines of question fit at 12 px. */
    static final TreeLayout.Spacing SPACING = new TreeLayout.Spacing(184, 70, 36, 84);

    /**
     * A box on the map.
     *
     * @param text        what the box shows: the question, or the outcome's title (shortened on screen)
     * @param verdictWord the outcome's verdict in words; null for a question
     * @param answer      the answer given to this question on the path; null when not answered on it
     * @param details     the full text for the tooltip and screen readers
     */
    public record MapNode(TreeLayout.PlacedNode place, String text, String verdictWord, String answer,
            boolean onPath, boolean current, String details) {
        public String id() {
            return place.id();
        }

        public boolean isOutcome() {
            return place.kind() == TreeLayout.Kind.OUTCOME;
        }

        public Verdict verdict() {
            return place.verdict();
        }
    }

    /** An arrow for one option; {@code chosen} when it is an answer on the user's path. */
    public record MapEdge(TreeLayout.PlacedEdge place, String label, boolean chosen) {
        /**
         * Unique per tree: question id and option id joined by "_", which no id contains (ids are lowercase
         * letters, digits and hyphens), so "a-b" + "c" and "a" + "b-c" stay apart.
         */
        public String id() {
            return edgeId(place.from(), place.optionId());
        }
    }

    /** The id of the arrow for option {@code optionId} of question {@code questionId}. */
    public static String edgeId(String questionId, String optionId) {
        return questionId + "_" + optionId;
    }

    private final I18n i18n;
    private final Tree tree;
    private final TreeLayout layout;
    private final Role role;
    private final List<MapNode> nodes = new ArrayList<>();
    private final List<MapEdge> edges = new ArrayList<>();

    /** @param role the role the texts are phrased for (the tree's role variant where it gives one) */
    public TreeMapViewModel(Consultation consultation, Role role, I18n i18n) {
        this.i18n = i18n;
        this.role = role;
        this.tree = consultation.tree();
        this.layout = TreeLayout.layered(tree, SPACING);
        Language language = i18n.language();
        Map<String, String> answers = consultation.answersOnPath();
        Set<String> onPath = new HashSet<>(answers.keySet());
        onPath.add(consultation.frontier().id());
        String current = consultation.current().id();
        for (TreeLayout.PlacedNode place : layout.nodes()) {
            nodes.add(node(place, tree.nodes().get(place.id()), answers, onPath.contains(place.id()),
                    place.id().equals(current), language));
        }
        for (TreeLayout.PlacedEdge place : layout.edges()) {
            edges.add(new MapEdge(place, place.label().in(language, role), place.chosenIn(answers)));
        }
    }

    private MapNode node(TreeLayout.PlacedNode place, Node node, Map<String, String> answers, boolean onPath,
            boolean current, Language language) {
        String here = current ? " " + i18n.get("map.here.accessible") : "";
        if (node instanceof Outcome outcome) {
            String word = ReportText.verdictWord(language, outcome.verdict(), outcome.certainty());
            String title = outcome.title().in(language, role);
            return new MapNode(place, title, word, null, onPath, current,
                    i18n.format("map.outcome.accessible", word, title) + here);
        }
        Question question = (Question) node;
        String text = question.text().in(language, role);
        String answer = question.option(answers.getOrDefault(question.id(), ""))
                .map(o -> o.label().in(language, role)).orElse(null);
        String details = answer == null ? i18n.format("map.question.accessible", text)
                : i18n.format("map.question.answered.accessible", text, answer);
        return new MapNode(place, text, null, answer, onPath, current, details + here);
    }

    public String title() {
        return i18n.format("map.title", tree.title().in(i18n.language(), role));
    }

    public List<MapNode> nodes() {
        return nodes;
    }

    /** The edges, those of the path last (they are drawn on top). */
    public List<MapEdge> edges() {
        List<MapEdge> ordered = new ArrayList<>(edges.stream().filter(e -> !e.chosen()).toList());
        ordered.addAll(edges.stream().filter(MapEdge::chosen).toList());
        return ordered;
    }

    public double width() {
        return layout.width();
    }

    public double height() {
        return layout.height();
    }

    /** What a screen reader says about the whole map. */
    public String summary() {
        long questions = nodes.stream().filter(n -> !n.isOutcome()).count();
        return i18n.format("map.summary", tree.title().in(i18n.language(), role), questions, nodes.size() - questions,
                edges.stream().filter(MapEdge::chosen).count());
    }
}
