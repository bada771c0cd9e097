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
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "kind", "label", "title", "url", "note");
    private static final Set<String> GLOSSARY_FIELDS = Set.of("$schema", "terms");
    private static final Set<String> TERM_FIELDS = Set.of("id", "term", "explanation");

    private RegisterReader() {
    }

    record Sources(Map<String, Source> byId, List<Problem> problems) {
    }

    record Glossary(List<GlossaryEntry> entries, List<Problem> problems) {
    }

    static Sources sources(String file, Json root) {
        Fields.Report report = new Fields.Report(file);
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, Position> seen = new HashMap<>();
        Fields.of(root, "the source register", report, REGISTER_FIELDS).ifPresent(f -> {
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
                    Optional<String> url = s.string("url", true).filter(u -> {
                        String problem = LegalSourceHosts.problemWith(u);
                        if (problem != null) {
                            report.error(s.at("url"), problem);
                        }
                        return problem == null;
                    });
                    Optional<LocalizedText> note = s.text("note", false);
                    if (id.isPresent()) {
                        Position previous = seen.putIfAbsent(id.get(), s.at("id"));
                        if (previous != null) {
                            report.error(s.at("id"), "duplicate source id \"" + id.get() + "\" (first at line "
                                    + previous.line() + ")");
                            return;
                        }
                    }
                    if (id.isPresent() && kind.isPresent() && label.isPresent() && title.isPresent()
                            && url.isPresent()) {
                        byId.put(id.get(), new Source(id.get(), kind.get(), label.get(), title.get(), url.get(),
                                note.orElse(null)));
                    }
                });
            }
        });
        return new Sources(byId, report.problems);
    }

    static Glossary glossary(String file, Json root) {
        Fields.Report report = new Fields.Report(file);
        List<GlossaryEntry> entries = new java.util.ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        Fields.of(root, "the glossary", report, GLOSSARY_FIELDS).ifPresent(f -> {
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
        return new Glossary(entries, report.problems);
    }

    private static List<String> words(Fields forms, String language, String what, Fields.Report report) {
        List<Json> items = forms.array(language, true).orElse(List.of());
        List<String> out = new java.util.ArrayList<>();
        for (Json item : items) {
            if (item instanceof Json.JsonString s && !s.value().isBlank()) {
                out.add(s.value());
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
