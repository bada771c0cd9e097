package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.profielwijzer.tree.json.Json;

/**
 * Maps the JSON of one tree file onto a {@link Tree}, recording where each part stood and every problem of
 * form (missing, wrongly typed or unknown fields, bad ids, duplicate ids, missing translations, dates).
 * Problems of meaning (references, cycles, reachability, citations) are the {@link TreeChecker}'s.
 */
final class TreeReader {

    /** YYYY-MM-DD with a four-digit year. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static final Set<String> NODE_KINDS = Set.of("question", "outcome");

    /** A tree's version: MAJOR.MINOR.PATCH. */
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Set<String> TREE_FIELDS = Set.of("$schema", "id", "version", "lawAsOf", "reviewBefore",
            "title", "headline", "verdictLabels", "start", "goodNews", "nodes");
    private static final Set<String> QUESTION_FIELDS = Set.of("kind", "id", "fact", "text", "why", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "label", "unknown", "next");
    private static final Set<String> OUTCOME_FIELDS = Set.of("kind", "id", "verdict", "certainty", "title",
            "explanation", "conditions", "views", "steps", "citations", "history");
    private static final Set<String> VIEW_FIELDS = Set.of("holder", "position", "citations", "history");
    private static final Set<String> CITATION_FIELDS = Set.of("source", "pinpoint");
    /** A history entry names its judgment with "judgment", so it can never be mistaken for a citation. */
    private static final Set<String> HISTORY_FIELDS = Set.of("judgment", "pinpoint");
    private static final Set<String> ROLE_FIELDS = Set.of("employer", "employee");
    private static final Set<String> VERDICT_FIELDS = Set.copyOf(Tree.LABEL_KEYS);

    /**
     * The outcome of reading: a tree unless the file was too broken to make one.
     *
     * @param brokenNodeIds ids of nodes that were declared but could not be read; references to them are not
     *                      reported again as missing
     */
    record Read(Optional<Tree> tree, Locations locations, ProblemList problems, Set<String> brokenNodeIds) {
    }

    private final Fields.Report report;
    private final Locations locations;
    private final LoadLimits limits;
    private final Set<String> brokenNodeIds = new java.util.HashSet<>();
    private boolean tooManyNodes;

    private TreeReader(String file, Json root, LoadLimits limits) {
        this.report = new Fields.Report(file);
        this.locations = new Locations(root);
        this.limits = limits;
    }

    static Read read(String file, Json root, LoadLimits limits) {
        TreeReader reader = new TreeReader(file, root, limits);
        Optional<Tree> tree = reader.tree(root);
        return new Read(reader.tooManyNodes ? Optional.empty() : tree, reader.locations, reader.report.problems,
                reader.brokenNodeIds);
    }

    private Optional<Tree> tree(Json root) {
        Optional<Fields> maybe = Fields.of(root, "the tree", report, TREE_FIELDS);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.string("$schema", false);
        Optional<String> id = f.id("id");
        Optional<String> version = f.string("version", true).filter(v -> {
            if (VERSION.matcher(v).matches()) {
                return true;
            }
            report.error(f.at("version"), "\"version\" is \"" + v + "\"; write it as MAJOR.MINOR.PATCH, e.g. 1.0.0");
            return false;
        });
        Optional<LocalDate> lawAsOf = date(f, "lawAsOf");
        Optional<LocalDate> reviewBefore = date(f, "reviewBefore");
        Optional<LocalizedText> title = f.text("title", true);
        Map<Role, LocalizedText> headline = perRole(f, "headline", true);
        Map<Role, Map<String, LocalizedText>> labels = verdictLabels(f);
        Optional<String> start = f.string("start", true);
        Map<Role, Set<Verdict>> goodNews = goodNews(f);
        Map<String, Node> nodes = nodes(f);

        if (id.isEmpty() || version.isEmpty() || lawAsOf.isEmpty() || reviewBefore.isEmpty() || title.isEmpty()
                || start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tree(id.get(), version.get(), lawAsOf.get(), reviewBefore.get(), title.get(),
                headline, labels, start.get(), goodNews, nodes, report.file));
    }

    private Optional<LocalDate> date(Fields f, String name) {
        return f.string(name, true).flatMap(s -> {
            if (!DATE.matcher(s).matches()) { // LocalDate also reads "+999999999-12-31"
                report.error(f.at(name), "\"" + name + "\" is " + SafeText.quote(s) + ", which is not a date; write"
                        + " it as YYYY-MM-DD with a four-digit year, e.g. 2026-11-22");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                report.error(f.at(name), "\"" + name + "\" is \"" + s + "\", which is not a date; write it as"
                        + " YYYY-MM-DD, e.g. 2026-11-22");
                return Optional.empty();
            }
        });
    }

    private Map<Role, LocalizedText> perRole(Fields f, String name, boolean required) {
        Map<Role, LocalizedText> out = new EnumMap<>(Role.class);
        f.value(name, required).flatMap(v -> Fields.of(v, "\"" + name + "\"", report, ROLE_FIELDS)).ifPresent(
                roles -> {
                    for (Role role : Role.values()) {
                        roles.text(role.code(), true).ifPresent(t -> out.put(role, t));
                    }
                });
        return out;
    }

    /**
     * When "verdictLabels" is given: both roles, each with all seven labels ({@link Tree#LABEL_KEYS}); a missing
     * role or label is an error at the object that lacks it (trees/README.md).
     */
    private Map<Role, Map<String, LocalizedText>> verdictLabels(Fields f) {
        Map<Role, Map<String, LocalizedText>> out = new EnumMap<>(Role.class);
        f.value("verdictLabels", false).flatMap(v -> Fields.of(v, "\"verdictLabels\"", report, ROLE_FIELDS))
                .ifPresent(roles -> {
                    for (Role role : Role.values()) {
                        if (!roles.has(role.code())) {
                            report.error(roles.at(), "\"verdictLabels\" has no labels for the " + role.code()
                                    + "; give the labels of every verdict for both roles, or leave"
                                    + " \"verdictLabels\" out");
                            continue;
                        }
                        roles.value(role.code(), true)
                                .flatMap(v -> Fields.of(v, "the " + role.code() + " verdict labels", report,
                                        VERDICT_FIELDS))
                                .ifPresent(labels -> {
                                    Map<String, LocalizedText> byKey = new LinkedHashMap<>();
                                    for (String key : Tree.LABEL_KEYS) {
                                        if (!labels.has(key)) {
                                            report.error(labels.at(), "the " + role.code() + " verdict labels"
                                                    + " have no label for \"" + key + "\"; when"
                                                    + " \"verdictLabels\" is given, every verdict needs one");
                                            continue;
                                        }
                                        labels.text(key, true).ifPresent(t -> byKey.put(key, t));
                                    }
                                    out.put(role, byKey);
                                });
                    }
                });
        return out;
    }

    /** {@code "goodNews": {"employer": ["yes"], "employee": ["no"]}}: optional; per role a list of verdicts. */
    private Map<Role, Set<Verdict>> goodNews(Fields f) {
        Map<Role, Set<Verdict>> out = new EnumMap<>(Role.class);
        f.value("goodNews", false).flatMap(v -> Fields.of(v, "\"goodNews\"", report, ROLE_FIELDS))
                .ifPresent(roles -> {
                    for (Role role : Role.values()) {
                        Set<Verdict> verdicts = java.util.EnumSet.noneOf(Verdict.class);
                        for (Json item : roles.array(role.code(), false).orElse(List.of())) {
                            Optional<Verdict> verdict = item instanceof Json.JsonString s
                                    ? Verdict.fromCode(s.value()) : Optional.empty();
                            if (verdict.isEmpty()) {
                                report.error(item.at(), "the good news of the " + role.code()
                                        + " must be verdicts; use yes, yes-if, no or unclear");
                            } else if (!verdicts.add(verdict.get())) {
                                report.error(item.at(), "\"" + verdict.get().code() + "\" is listed twice in the"
                                        + " good news of the " + role.code());
                            }
                        }
                        out.put(role, verdicts);
                    }
                });
        return out;
    }

    private Map<String, Node> nodes(Fields f) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Position> firstSeen = new HashMap<>();
        List<Json> items = f.array("nodes", true).orElse(List.of());
        if (items.isEmpty() && f.has("nodes")) {
            report.error(f.at("nodes"), "\"nodes\" is empty; a tree needs at least one question and one outcome");
        }
        if (items.size() > limits.maxNodes()) {
            report.error(f.at("nodes"), "the tree has " + items.size() + " nodes, above the limit of "
                    + limits.maxNodes() + " nodes per tree");
            tooManyNodes = true;
            return nodes;
        }
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            Optional<Node> node = node(item, i + 1);
            if (node.isEmpty()) {
                declaredId(item).ifPresent(id -> {
                    brokenNodeIds.add(id);
                    locations.node(id, item);
                });
                continue;
            }
            String nodeId = node.get().id();
            Position previous = firstSeen.putIfAbsent(nodeId, item.at());
            if (previous != null) {
                report.error(item.at(), "duplicate node id \"" + nodeId + "\" (first used at line " + previous.line()
                        + "); every node needs its own id");
                continue;
            }
            nodes.put(nodeId, node.get());
            locations.node(nodeId, item);
        }
        return nodes;
    }

    private static Optional<String> declaredId(Json item) {
        if (item instanceof Json.JsonObject obj && obj.member("id") != null
                && obj.member("id").value() instanceof Json.JsonString s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    private Optional<Node> node(Json item, int number) {
        String what = "node " + number;
        if (!(item instanceof Json.JsonObject obj)) {
            report.error(item.at(), what + " must be an object {…}, not " + Fields.article(item.typeName()));
            return Optional.empty();
        }
        Json.Member kindMember = obj.member("kind");
        if (kindMember == null || !(kindMember.value() instanceof Json.JsonString kind)) {
            report.error(kindMember == null ? obj.at() : kindMember.value().at(),
                    what + " needs \"kind\": \"question\" or \"outcome\"");
            return Optional.empty();
        }
        // A node is read whole or not at all: with any error in it, the checker does not see it (its id is kept
        // as broken, so references to it are not reported again), and no position can point at the wrong part.
        long errorsBefore = errorCount();
        Optional<Node> node = switch (kind.value()) {
            case "question" -> question(item, what).map(Node.class::cast);
            case "outcome" -> outcome(item, what).map(Node.class::cast);
            default -> {
                String hint = Fields.closest(kind.value(), NODE_KINDS).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; this version knows \"question\" and \"outcome\"");
                report.error(kind.at(), "unknown node kind \"" + kind.value() + "\"" + hint);
                yield Optional.empty();
            }
        };
        return errorCount() > errorsBefore ? Optional.empty() : node;
    }

    private long errorCount() {
        return report.problems.errorCount();
    }

    private Optional<Question> question(Json item, String what) {
        Fields f = Fields.of(item, what, report, QUESTION_FIELDS).orElseThrow();
        Optional<String> id = f.id("id");
        String label = id.map(s -> "question \"" + s + "\"").orElse(what);
        Optional<LocalizedText> text = f.text("text", true);
        Optional<LocalizedText> why = f.text("why", false);
        Optional<String> fact = f.has("fact") ? f.id("fact") : Optional.empty();
        List<Option> options = new ArrayList<>();
        List<Json> items = f.array("options", true).orElse(List.of());
        Map<String, Position> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String optionWhat = "option " + (i + 1) + " of " + label;
            Optional<Fields> of = Fields.of(items.get(i), optionWhat, report, OPTION_FIELDS);
            if (of.isEmpty()) {
                continue;
            }
            Fields o = of.get();
            Optional<String> optionId = o.id("id");
            Optional<LocalizedText> optionLabel = o.text("label", true);
            Optional<String> next = o.string("next", true);
            boolean unknown = o.flag("unknown");
            optionId.ifPresent(oid -> {
                Position previous = seen.putIfAbsent(oid, o.at("id"));
                if (previous != null) {
                    report.error(o.at("id"), "duplicate option id \"" + oid + "\" in " + label + " (first at line "
                            + previous.line() + ")");
                }
            });
            if (optionId.isPresent() && optionLabel.isPresent() && next.isPresent()) {
                options.add(new Option(optionId.get(), optionLabel.get(), next.get(), unknown));
            }
        }
        if (f.has("options") && items.size() < 2) {
            report.error(f.at("options"), label + " has " + items.size() + " option" + (items.size() == 1 ? "" : "s")
                    + "; a question needs at least two");
        }
        if (id.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), text.get(), why.orElse(null), options, fact.orElse(null)));
    }

    private Optional<Outcome> outcome(Json item, String what) {
        Fields f = Fields.of(item, what, report, OUTCOME_FIELDS).orElseThrow();
        Optional<String> id = f.id("id");
        String label = id.map(s -> "outcome \"" + s + "\"").orElse(what);
        Optional<Verdict> verdict = f.string("verdict", true).flatMap(code -> {
            Optional<Verdict> v = Verdict.fromCode(code);
            if (v.isEmpty()) {
                report.error(f.at("verdict"), "\"" + code + "\" is not a verdict; use one of yes, yes-if, no, unclear"
                        + Fields.closest(code, List.of("yes", "yes-if", "no", "unclear"))
                                .map(s -> " (did you mean \"" + s + "\"?)").orElse(""));
            }
            return v;
        });
        Optional<Certainty> certainty = f.code("certainty", true, Certainty::fromCode, List.of("settled", "likely"));
        Optional<LocalizedText> title = f.text("title", true);
        Optional<LocalizedText> explanation = f.text("explanation", true);
        f.refuseEmptyList("conditions", label, "leave \"conditions\" out, or list the conditions of a yes-if");
        f.refuseEmptyList("views", label, "leave \"views\" out, or give each position with its source");
        List<Condition> conditions = conditions(f, label);

        Map<Role, List<LocalizedText>> steps = new EnumMap<>(Role.class);
        f.value("steps", true).flatMap(v -> Fields.of(v, "\"steps\" of " + label, report, ROLE_FIELDS))
                .ifPresent(roles -> {
                    for (Role role : Role.values()) {
                        roles.texts(role.code(), true).ifPresent(list -> steps.put(role, list));
                    }
                });

        List<Citation> citations = citations(f, label);
        List<Citation> history = history(f, label);
        List<View> views = new ArrayList<>();
        List<Json> viewItems = f.array("views", false).orElse(List.of());
        for (int i = 0; i < viewItems.size(); i++) {
            String viewWhat = "view " + (i + 1) + " of " + label;
            Fields.of(viewItems.get(i), viewWhat, report, VIEW_FIELDS).ifPresent(v -> {
                Optional<LocalizedText> holder = v.text("holder", true);
                Optional<LocalizedText> position = v.text("position", true);
                List<Citation> viewCitations = citations(v, viewWhat);
                List<Citation> viewHistory = history(v, viewWhat);
                if (holder.isPresent() && position.isPresent()) {
                    views.add(new View(holder.get(), position.get(), viewCitations, viewHistory));
                }
            });
        }
        if (id.isEmpty() || verdict.isEmpty() || certainty.isEmpty() || title.isEmpty() || explanation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(id.get(), verdict.get(), certainty.get(), title.get(), explanation.get(),
                conditions, views, steps, citations, history));
    }

    /** Each condition is a text object, optionally with "resolves": the id of the question whose open fact it is. */
    private List<Condition> conditions(Fields f, String label) {
        List<Condition> out = new ArrayList<>();
        List<Json> items = f.array("conditions", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String what = "condition " + (i + 1) + " of " + label;
            Json item = items.get(i);
            Optional<LocalizedText> text = Fields.localized(item, what, report, Set.of("resolves"));
            String resolves = null;
            if (item instanceof Json.JsonObject obj && obj.member("resolves") != null) {
                Json value = obj.member("resolves").value();
                if (value instanceof Json.JsonString s && Fields.ID.matcher(s.value()).matches()) {
                    resolves = s.value();
                } else {
                    report.error(value.at(), "\"resolves\" in " + what + " must be the id of a question of this"
                            + " tree, in quotes");
                }
            }
            if (text.isPresent()) {
                out.add(new Condition(text.get(), resolves));
            }
        }
        return out;
    }

    private List<Citation> citations(Fields f, String label) {
        return citationList(f, "citations", true, "citation", label, "source", CITATION_FIELDS);
    }

    /**
     * "history": judgments mentioned only as history (optional), each {@code {"judgment": id, "pinpoint": …}} — a
     * key of its own, so a set-aside judgment in history can never be read (by a person or a script) as a citation.
     */
    private List<Citation> history(Fields f, String label) {
        return citationList(f, "history", false, "history entry", label, "judgment", HISTORY_FIELDS);
    }

    private List<Citation> citationList(Fields f, String field, boolean required, String noun, String label,
            String idField, Set<String> fields) {
        List<Citation> citations = new ArrayList<>();
        List<Json> items = f.array(field, required).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String what = noun + " " + (i + 1) + " of " + label;
            Fields.of(items.get(i), what, report, fields).ifPresent(c -> {
                Optional<String> source = c.string(idField, true);
                Optional<String> pinpoint = c.string("pinpoint", false);
                source.ifPresent(s -> citations.add(new Citation(s, pinpoint.orElse(null))));
            });
        }
        return citations;
    }
}
