package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.profielwijzer.tree.json.Json;

/** Reads the shared source register ({@code sources.json}) and the glossary ({@code glossary.json}). */
final class RegisterReader {
    private static final Set<String> REGISTER_FIELDS = Set.of("$schema", "sources");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "kind", "court", "decided", "standing",
            "laterRulings", "label", "title", "summary", "url", "note", "knownFrom");
    private static final Set<String> JUDGMENT_FIELDS = Set.of("court", "decided", "standing", "laterRulings");
    private static final java.util.regex.Pattern DECIDED = java.util.regex.Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> FACTS_FIELDS = Set.of("$schema", "facts");
    private static final Set<String> FACT_FIELDS = Set.of("id", "text", "why", "options");
    private static final Set<String> FACT_OPTION_FIELDS = Set.of("id", "label");
    private static final Set<String> GLOSSARY_FIELDS = Set.of("$schema", "terms");
    private static final Set<String> TERM_FIELDS = Set.of("id", "term", "explanation");

    private RegisterReader() {
    }

    record Sources(Map<String, Source> byId, List<Problem> problems) {
    }

    record Glossary(List<GlossaryEntry> entries, List<Problem> problems) {
    }

    record Facts(Map<String, Fact> byId, List<Problem> problems) {
    }

    static Sources sources(String file, Json root) {
        Fields.Report report = new Fields.Report(file);
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, Position> seen = new HashMap<>();
        Map<String, Fields> laterRulingsOf = new LinkedHashMap<>();
        Fields.of(root, "the source register", report, REGISTER_FIELDS).ifPresent(f -> {
            f.string("$schema", false);
            List<Json> items = f.array("sources", true).orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String what = "source " + (i + 1);
                Fields.of(items.get(i), what, report, SOURCE_FIELDS).ifPresent(s -> {
                    Optional<String> id = s.id("id");
                    Optional<SourceKind> kind = s.string("kind", true).flatMap(code -> {
                        Optional<SourceKind> k = SourceKind.fromCode(code);
                        if (k.isEmpty()) {
                            report.error(s.at("kind"), "\"" + code + "\" is not a source kind; use statute, case-law,"
                                    + " regulator or literature");
                        }
                        return k;
                    });
                    Optional<String> label = s.string("label", true);
                    Optional<LocalizedText> title = s.text("title", true);
                    Optional<LocalizedText> summary = s.text("summary", true);
                    Optional<String> url = s.string("url", true).filter(u -> {
                        String problem = LegalSourceHosts.problemWith(u);
                        if (problem != null) {
                            report.error(s.at("url"), problem);
                        }
                        return problem == null;
                    });
                    s.text("summary", false); // checked for shape; shown to users once issue 15 (pdfua) reads it
                    Optional<LocalizedText> note = s.text("note", false);
                    Optional<KnownFrom> knownFrom = s.has("knownFrom")
                            ? s.code("knownFrom", true, KnownFrom::fromCode, List.of("text", "report", "ai-summary"))
                            : Optional.of(KnownFrom.TEXT);
                    String named = id.map(x -> "source \"" + x + "\"").orElse(what);
                    Optional<Judgment> judgment = kind.flatMap(k -> judgment(s, k, named, report));
                    if (id.isPresent() && kind.orElse(null) == SourceKind.CASE_LAW && s.has("laterRulings")) {
                        laterRulingsOf.putIfAbsent(id.get(), s);
                    }
                    if (id.isPresent()) {
                        Position previous = seen.putIfAbsent(id.get(), s.at("id"));
                        if (previous != null) {
                            report.error(s.at("id"), "duplicate source id \"" + id.get() + "\" (first at line "
                                    + previous.line() + ")");
                            return;
                        }
                    }
                    // A judgment whose court, date or standing is wrong stays in the register (its error is
                    // reported once), so the trees that cite it are not flooded with "not in the register".
                    if (id.isPresent() && kind.isPresent() && label.isPresent() && title.isPresent()
                            && summary.isPresent() && url.isPresent() && knownFrom.isPresent()) {
                        byId.put(id.get(), new Source(id.get(), kind.get(), label.get(), title.get(), summary.get(),
                                url.get(), note.orElse(null), knownFrom.get(), judgment.orElse(null)));
                    }
                });
            }
        });
        // Later rulings are register entries themselves: check them once every id is known.
        laterRulingsOf.forEach((id, s) -> {
            List<Json> items = s.array("laterRulings", false).orElse(List.of());
            for (Json item : items) {
                if (item instanceof Json.JsonString later && !seen.containsKey(later.value())) {
                    report.error(item.at(), "\"laterRulings\" of source \"" + id + "\" names \"" + later.value()
                            + "\", which is not in the source register; add the later ruling as its own entry"
                            + Fields.closest(later.value(), seen.keySet()).map(x -> " (did you mean \"" + x + "\"?)")
                                    .orElse(""));
                } else if (item instanceof Json.JsonString later && later.value().equals(id)) {
                    report.error(item.at(), "source \"" + id + "\" names itself as its later ruling");
                }
            }
        });
        return new Sources(byId, report.problems.list());
    }

    /**
     * Court, decision date, standing and later rulings: required for case law, refused for other kinds.
     * Empty when a required part is missing or wrong (already reported).
     */
    private static Optional<Judgment> judgment(Fields s, SourceKind kind, String label, Fields.Report report) {
        if (kind != SourceKind.CASE_LAW) {
            for (String field : JUDGMENT_FIELDS) {
                if (s.has(field)) {
                    report.error(s.at(field), "\"" + field + "\" belongs to judgments only, but " + label
                            + " is of kind \"" + kind.code() + "\"");
                }
            }
            return Optional.empty();
        }
        Optional<String> court = s.string("court", true);
        Optional<String> decided = s.string("decided", true).filter(d -> {
            boolean ok = DECIDED.matcher(d).matches() && realDate(d);
            if (!ok) {
                report.error(s.at("decided"), "\"decided\" of " + label + " is \"" + d + "\"; write the date of"
                        + " the ruling as YYYY-MM-DD (or YYYY-MM or YYYY where only that is known), e.g. 2014-06-10");
            }
            return ok;
        });
        Optional<Standing> standing = s.code("standing", true, Standing::fromCode,
                List.of("final", "interim", "appealed", "set-aside", "overtaken"));
        List<String> later = s.ids("laterRulings", false).orElse(List.of());
        if (standing.isPresent() && standing.get().replaced() && later.isEmpty()) {
            report.error(s.has("laterRulings") ? s.at("laterRulings") : s.at("standing"), label + " is \""
                    + standing.get().code() + "\" but names no \"laterRulings\"; give the register ids of the"
                    + " rulings that replaced it");
        }
        if (court.isEmpty() || decided.isEmpty() || standing.isEmpty()
                || standing.get().replaced() && later.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Judgment(court.get(), decided.get(), standing.get(), later));
    }

    private static boolean realDate(String d) {
        String full = d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
        try {
            java.time.LocalDate.parse(full);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Reads the shared facts ({@code facts.json}): {"facts": [{"id", "text", "why"?, "options": [{"id","label"}]}]}.
     */
    static Facts facts(String file, Json root) {
        Fields.Report report = new Fields.Report(file);
        Map<String, Fact> byId = new LinkedHashMap<>();
        Fields.of(root, "the facts file", report, FACTS_FIELDS).ifPresent(f -> {
            f.string("$schema", false);
            List<Json> items = f.array("facts", true).orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String what = "fact " + (i + 1);
                Fields.of(items.get(i), what, report, FACT_FIELDS).ifPresent(x -> {
                    Optional<String> id = x.id("id");
                    String label = id.map(v -> "fact \"" + v + "\"").orElse(what);
                    Optional<LocalizedText> text = x.text("text", true);
                    Optional<LocalizedText> why = x.text("why", false);
                    List<Fact.Answer> options = new java.util.ArrayList<>();
                    Set<String> optionIds = new java.util.HashSet<>();
                    List<Json> optionItems = x.array("options", true).orElse(List.of());
                    for (int o = 0; o < optionItems.size(); o++) {
                        String optionWhat = "option " + (o + 1) + " of " + label;
                        Fields.of(optionItems.get(o), optionWhat, report, FACT_OPTION_FIELDS).ifPresent(op -> {
                            Optional<String> oid = op.id("id");
                            Optional<LocalizedText> optionLabel = op.text("label", true);
                            if (oid.isPresent() && !optionIds.add(oid.get())) {
                                report.error(op.at("id"), "duplicate option id \"" + oid.get() + "\" in " + label);
                            } else if (oid.isPresent() && optionLabel.isPresent()) {
                                options.add(new Fact.Answer(oid.get(), optionLabel.get()));
                            }
                        });
                    }
                    if (x.has("options") && optionItems.size() < 2) {
                        report.error(x.at("options"), label + " needs at least two options");
                    }
                    if (id.isPresent() && byId.containsKey(id.get())) {
                        report.error(x.at("id"), "duplicate fact id \"" + id.get() + "\"");
                    } else if (id.isPresent() && text.isPresent()) {
                        byId.put(id.get(), new Fact(id.get(), text.get(), why.orElse(null), options));
                    }
                });
            }
        });
        return new Facts(byId, report.problems.list());
    }

    static Glossary glossary(String file, Json root) {
        Fields.Report report = new Fields.Report(file);
        List<GlossaryEntry> entries = new java.util.ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        Fields.of(root, "the glossary", report, GLOSSARY_FIELDS).ifPresent(f -> {
            f.string("$schema", false);
            List<Json> items = f.array("terms", true).orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String what = "term " + (i + 1);
                Fields.of(items.get(i), what, report, TERM_FIELDS).ifPresent(t -> {
                    Optional<String> id = t.id("id");
                    Optional<Fields> forms = t.value("term", true)
                            .flatMap(v -> Fields.of(v, "\"term\" of " + what, report, Set.of("nl", "en")));
                    List<String> nl = forms.map(x -> words(x, "nl", what, report)).orElse(List.of());
                    List<String> en = forms.map(x -> words(x, "en", what, report)).orElse(List.of());
                    Optional<LocalizedText> explanation = t.text("explanation", true);
                    id.ifPresent(x -> {
                        Position previous = seen.putIfAbsent(x, t.at("id"));
                        if (previous != null) {
                            report.error(t.at("id"), "duplicate term id \"" + x + "\" (first at line "
                                    + previous.line() + ")");
                        }
                    });
                    if (id.isPresent() && !nl.isEmpty() && !en.isEmpty() && explanation.isPresent()) {
                        entries.add(new GlossaryEntry(id.get(), nl, en, explanation.get()));
                    }
                });
            }
        });
        return new Glossary(entries, report.problems.list());
    }

    private static List<String> words(Fields forms, String language, String what, Fields.Report report) {
        List<Json> items = forms.array(language, true).orElse(List.of());
        List<String> out = new java.util.ArrayList<>();
        for (Json item : items) {
            if (item instanceof Json.JsonString s && !SafeText.isBlank(s.value())) {
                if (Fields.safe(s, "a form of " + what, report)) {
                    out.add(s.value());
                }
            } else {
                report.error(item.at(), "the forms of " + what + " must be non-empty texts");
            }
        }
        if (items.isEmpty() && forms.has(language)) {
            report.error(forms.at(language), "missing translation: " + what + " has no " + language + " form");
        }
        return out;
    }
}
