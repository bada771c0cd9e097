package nl.profielwijzer.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.profielwijzer.tree.json.Position;

/**
 * The legal-integrity rules of ADR 0007, checked on a tree that was read (the {@link TreeChecker} runs them):
 * <ol>
 * <li>a judgment that was set aside or overtaken is never support: not in an outcome's or a view's
 * {@code citations}, only in {@code history};</li>
 * <li>a {@code settled} outcome has firm support ({@link #isFirm(Source)});</li>
 * <li>a {@code settled} outcome's title does not hedge ("waarschijnlijk", "probably", "likely");</li>
 * <li>an "I don't know" option never leads to a plain yes, and to a yes-if only through a condition that
 * {@code resolves} its question;</li>
 * <li>a question that asks a shared fact has exactly the fact's option ids.</li>
 * </ol>
 * Role variants come in pairs; that is checked where texts are read ({@code Fields}). Every problem is an error
 * at the line and column of the offending value. Cost: linear in the size of the tree, except rule 4, which
 * walks the part of the tree below each question with an "I don't know" option once.
 */
final class IntegrityRules {
    private static final Pattern HEDGE = Pattern.compile("\\b(waarschijnlijk|probably|likely)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, Source> register;
    private final Map<String, Fact> facts;

    IntegrityRules(Map<String, Source> register, Map<String, Fact> facts) {
        this.register = register;
        this.facts = facts;
    }

    /**
     * Firm support for a settled outcome: a statute, regulator guidance, or a judgment that is final, each known
     * from its own text (not only from a report or an AI summary). Literature never is.
     */
    static boolean isFirm(Source source) {
        if (source.knownFrom() != KnownFrom.TEXT) {
            return false;
        }
        return switch (source.kind()) {
            case STATUTE, REGULATOR -> true;
            case CASE_LAW -> source.standing().orElse(null) == Standing.FINAL;
            case LITERATURE -> false;
        };
    }

    List<Problem> check(Tree tree, Locations at) {
        List<Problem> problems = new ArrayList<>();
        for (Node node : tree.nodes().values()) {
            String path = Locations.node(node.id());
            if (node instanceof Outcome o) {
                String label = "outcome \"" + o.id() + "\"";
                supportNotReplaced(tree, o.citations(), path + "/citations", label, at, problems);
                for (int v = 0; v < o.views().size(); v++) {
                    supportNotReplaced(tree, o.views().get(v).citations(), path + "/views/" + v + "/citations",
                            "view " + (v + 1) + " of " + label, at, problems);
                }
                if (o.certainty() == Certainty.SETTLED) {
                    settledHasFirmSupport(tree, o, path, label, at, problems);
                    settledTitleDoesNotHedge(tree, o, path, label, at, problems);
                }
            } else if (node instanceof Question q) {
                factOptionsMatch(tree, q, path, at, problems);
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).unknown()) {
                        unknownLeadsNowhereToYes(tree, q, i, path, at, problems);
                    }
                }
            }
        }
        return problems;
    }

    /** Rule 1: no set-aside or overtaken judgment among the citations. */
    private void supportNotReplaced(Tree tree, List<Citation> citations, String path, String label, Locations at,
            List<Problem> problems) {
        for (int i = 0; i < citations.size(); i++) {
            Source source = register.get(citations.get(i).sourceId());
            if (source == null || source.judgmentData().isEmpty() || !source.judgment().standing().replaced()) {
                continue;
            }
            Judgment judgment = source.judgment();
            String replacedBy = judgment.laterRulings().stream().map(this::named).collect(Collectors.joining(", "));
            problems.add(Problem.error(tree.origin(), at.of(path + "/" + i + "/source"), label + " cites \""
                    + source.id() + "\" (" + source.label() + ") as support, but its standing is \""
                    + judgment.standing().code() + "\": it was replaced by " + replacedBy + ". Cite the later ruling"
                    + " instead, and name this judgment only in \"history\""));
        }
    }

    private String named(String sourceId) {
        Source later = register.get(sourceId);
        return later == null ? "\"" + sourceId + "\"" : "\"" + sourceId + "\" (" + later.label() + ")";
    }

    /** Rule 2: settled needs at least one firm source among the outcome's own citations. */
    private void settledHasFirmSupport(Tree tree, Outcome o, String path, String label, Locations at,
            List<Problem> problems) {
        List<String> weak = new ArrayList<>();
        for (Citation citation : o.citations()) {
            Source source = register.get(citation.sourceId());
            if (source == null || source.kind() == SourceKind.CASE_LAW && source.judgmentData().isEmpty()) {
                return; // already reported: missing from the register, or a judgment whose standing is broken
            }
            if (isFirm(source)) {
                return;
            }
            weak.add("\"" + source.id() + "\" (" + whyNotFirm(source) + ")");
        }
        if (weak.isEmpty()) {
            return; // no citations at all: reported elsewhere
        }
        problems.add(Problem.error(tree.origin(), at.of(path + "/certainty"), label + " is \"settled\", but none of"
                + " its sources is firm support (a statute, regulator guidance, or a final judgment known from its"
                + " text): " + String.join(", ", new LinkedHashSet<>(weak)) + ". Make it \"likely\", or cite firm"
                + " support"));
    }

    private static String whyNotFirm(Source source) {
        if (source.knownFrom() == KnownFrom.REPORT) {
            return "known only from a report";
        }
        if (source.knownFrom() == KnownFrom.AI_SUMMARY) {
            return "known only from an AI summary";
        }
        if (source.kind() == SourceKind.LITERATURE) {
            return "literature";
        }
        return source.standing().map(s -> "judgment with standing \"" + s.code() + "\"")
                .orElse("judgment without a standing");
    }

    /** Rule 3: the banner may never be stronger than the text under it. */
    private static void settledTitleDoesNotHedge(Tree tree, Outcome o, String path, String label, Locations at,
            List<Problem> problems) {
        Set<String> words = new TreeSet<>();
        for (String text : allWordings(o.title())) {
            var m = HEDGE.matcher(text);
            while (m.find()) {
                words.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (!words.isEmpty()) {
            problems.add(Problem.error(tree.origin(), at.of(path + "/title"), label + " is \"settled\", but its"
                    + " title says \"" + String.join("\", \"", words) + "\"; the banner may not be stronger than"
                    + " the text: make the outcome \"likely\" or the title firm"));
        }
    }

    private static List<String> allWordings(LocalizedText text) {
        List<String> out = new ArrayList<>(List.of(text.nl(), text.en()));
        for (Role role : Role.values()) {
            text.variant(role).ifPresent(v -> {
                out.add(v.nl());
                out.add(v.en());
            });
        }
        return out;
    }

    /** Rule 4: from an "I don't know" option, no plain yes, and a yes-if only through a resolving condition. */
    private static void unknownLeadsNowhereToYes(Tree tree, Question q, int index, String path, Locations at,
            List<Problem> problems) {
        Option option = q.options().get(index);
        List<String> yes = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Outcome outcome : reachableOutcomes(tree, option.next())) {
            if (outcome.verdict() == Verdict.YES) {
                yes.add(outcome.id());
            } else if (outcome.verdict() == Verdict.YES_IF && outcome.conditions().stream()
                    .noneMatch(c -> q.id().equals(c.resolves()))) {
                unresolved.add(outcome.id());
            }
        }
        String what = "the \"I don't know\" option \"" + option.id() + "\" of question \"" + q.id() + "\"";
        Position position = at.of(path + "/options/" + index + "/unknown");
        if (!yes.isEmpty()) {
            problems.add(Problem.error(tree.origin(), position, what + " can end in a plain yes (" + quoted(yes)
                    + "); not knowing a fact must lead to \"unclear\" (find out first), to the route that protects"
                    + " the person it is about, or to a yes-if whose condition resolves \"" + q.id() + "\""));
        }
        if (!unresolved.isEmpty()) {
            problems.add(Problem.error(tree.origin(), position, what + " can end in yes-if (" + quoted(unresolved)
                    + ") without a condition that resolves \"" + q.id() + "\"; add such a condition (\"resolves\": \""
                    + q.id() + "\") or lead the option elsewhere"));
        }
    }

    /** The outcomes reachable from a node, each once, in the order first found (iterative: trees may be deep). */
    private static List<Outcome> reachableOutcomes(Tree tree, String from) {
        List<Outcome> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            Optional<Node> node = tree.node(id);
            if (node.isPresent() && node.get() instanceof Outcome o) {
                out.add(o);
            } else if (node.isPresent() && node.get() instanceof Question next) {
                for (int i = next.options().size() - 1; i >= 0; i--) {
                    todo.push(next.options().get(i).next());
                }
            }
        }
        return out;
    }

    /** Rule 5: a shared fact is asked with exactly its option ids, so answers compare across trees. */
    private void factOptionsMatch(Tree tree, Question q, String path, Locations at, List<Problem> problems) {
        if (q.fact() == null || !facts.containsKey(q.fact())) {
            return; // no fact, or an unknown fact (reported by the TreeChecker)
        }
        List<String> expected = facts.get(q.fact()).optionIds();
        Set<String> actual = new LinkedHashSet<>(q.options().stream().map(Option::id).toList());
        List<String> missing = expected.stream().filter(id -> !actual.contains(id)).toList();
        List<String> extra = actual.stream().filter(id -> !expected.contains(id)).toList();
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("question \"" + q.id() + "\" asks the shared fact \"" + q.fact()
                + "\", whose options are " + quoted(expected) + ";");
        if (!missing.isEmpty()) {
            message.append(" missing here: ").append(quoted(missing)).append(';');
        }
        if (!extra.isEmpty()) {
            message.append(" not in the fact: ").append(quoted(extra)).append(';');
        }
        message.append(" a question with \"fact\" has exactly the fact's option ids");
        problems.add(Problem.error(tree.origin(), at.of(path + "/fact"), message.toString()));
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
