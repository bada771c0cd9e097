package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.profielwijzer.tree.json.Json;
import nl.profielwijzer.tree.json.Json.JsonArray;
import nl.profielwijzer.tree.json.Json.JsonObject;
import nl.profielwijzer.tree.json.Json.JsonString;

/**
 * Reads the fields of one JSON object and reports, in plain words and at the right position, every field
 * that is missing, of the wrong type or unknown (with a did-you-mean for near misses).
 * Getters return empty rather than throw, so reading goes on and all problems are found in one pass.
 */
final class Fields {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final JsonObject object;
    private final String what;
    private final Report report;

    /** Collects problems for one file, at most {@link ProblemList#CAP} of them (the rest are counted). */
    static final class Report {
        final String file;
        final ProblemList problems = new ProblemList();

        Report(String file) {
            this.file = file;
        }

        void error(Position at, String message) {
            problems.add(file, at, Problem.Severity.ERROR, message);
        }

        void warning(Position at, String message) {
            problems.add(file, at, Problem.Severity.WARNING, message);
        }

        /** Once the list is full, a message that is only counted need not be built. */
        boolean isFull() {
            return problems.isFull();
        }
    }

    private Fields(JsonObject object, String what, Report report, Set<String> allowed) {
        this.object = object;
        this.what = what;
        this.report = report;
        for (Json.Member member : object.members()) {
            if (!allowed.contains(member.name())) {
                if (report.isFull()) {
                    report.error(member.nameAt(), "unknown field"); // counted only
                    continue;
                }
                String hint = closest(member.name(), allowed).map(s -> "; did you mean \"" + s + "\"?").orElse(
                        "; known fields here: " + String.join(", ", sorted(allowed)));
                report.error(member.nameAt(), "unknown field " + SafeText.quote(member.name()) + " in " + what + hint);
            }
        }
    }

    /** Reads {@code value} as an object of the given kind, or reports that it is not an object. */
    static Optional<Fields> of(Json value, String what, Report report, Set<String> allowed) {
        if (value instanceof JsonObject obj) {
            return Optional.of(new Fields(obj, what, report, allowed));
        }
        report.error(value.at(), report.isFull() ? "" : what + " must be an object {…}, not "
                + article(value.typeName()));
        return Optional.empty();
    }

    Position at() {
        return object.at();
    }

    Position at(String name) {
        Json.Member member = object.member(name);
        return member == null ? object.at() : member.value().at();
    }

    boolean has(String name) {
        return object.member(name) != null;
    }

    Optional<Json> value(String name, boolean required) {
        Json.Member member = object.member(name);
        if (member == null) {
            if (required) {
                report.error(object.at(), what + " is missing the field \"" + name + "\"");
            }
            return Optional.empty();
        }
        return Optional.of(member.value());
    }

    Optional<String> string(String name, boolean required) {
        return value(name, required).flatMap(v -> {
            if (v instanceof JsonString s) {
                if (SafeText.isBlank(s.value())) {
                    report.error(v.at(), "\"" + name + "\" in " + what + " is empty");
                    return Optional.empty();
                }
                if (!safe(s, "\"" + name + "\" in " + what, report)) {
                    return Optional.empty();
                }
                return Optional.of(s.value());
            }
            report.error(v.at(), "\"" + name + "\" in " + what + " must be a text in quotes, not "
                    + article(v.typeName()));
            return Optional.empty();
        });
    }

    Optional<String> id(String name) {
        return string(name, true).filter(s -> {
            if (ID.matcher(s).matches()) {
                return true;
            }
            report.error(at(name), "\"" + s + "\" is not a valid id: use lowercase letters, digits and hyphens,"
                    + " starting with a letter or digit");
            return false;
        });
    }

    /** An optional list that is given must not be empty: an error at the list, with what to do instead. */
    void refuseEmptyList(String name, String owner, String instead) {
        Json.Member member = object.member(name);
        if (member != null && member.value() instanceof JsonArray a && a.items().isEmpty()) {
            report.error(a.at(), "\"" + name + "\" in " + owner + " is an empty list; " + instead);
        }
    }

    Optional<List<Json>> array(String name, boolean required) {
        return value(name, required).flatMap(v -> {
            if (v instanceof JsonArray a) {
                return Optional.of(a.items());
            }
            report.error(v.at(), "\"" + name + "\" in " + what + " must be a list […], not " + article(v.typeName()));
            return Optional.empty();
        });
    }

    Optional<LocalizedText> text(String name, boolean required) {
        return value(name, required).flatMap(v -> localized(v, "\"" + name + "\" in " + what, report));
    }

    /**
     * A text object {"nl": "…", "en": "…"}, optionally with role variants {"employer": {"nl","en"},
     * "employee": {"nl","en"}} beside the neutral texts; a missing language is a missing translation, and one
     * role variant without the other is refused.
     */
    static Optional<LocalizedText> localized(Json value, String what, Report report) {
        return localized(value, what, report, Set.of());
    }

    /** As {@link #localized(Json, String, Report)}, allowing the given extra fields beside the texts. */
    static Optional<LocalizedText> localized(Json value, String what, Report report, Set<String> extra) {
        Set<String> allowed = new java.util.HashSet<>(TEXT_FIELDS);
        allowed.addAll(extra);
        Optional<Fields> fields = of(value, what, report, allowed);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        String nl = f.translation("nl", "Dutch");
        String en = f.translation("en", "English");
        Optional<LocalizedText> employer = f.roleVariant(Role.EMPLOYER);
        Optional<LocalizedText> employee = f.roleVariant(Role.EMPLOYEE);
        boolean pairBroken = false;
        for (Role role : Role.values()) {
            Role other = role == Role.EMPLOYER ? Role.EMPLOYEE : Role.EMPLOYER;
            if (f.has(role.code()) && !f.has(other.code())) {
                report.error(f.at(role.code()), what + " has an \"" + role.code() + "\" text but no \""
                        + other.code() + "\" text; role variants come in pairs (the neutral nl/en stays the"
                        + " fallback)");
                pairBroken = true;
            }
        }
        if (nl == null || en == null || pairBroken || f.has("employer") && employer.isEmpty()
                || f.has("employee") && employee.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(nl, en, employer.orElse(null), employee.orElse(null)));
    }

    private static final Set<String> TEXT_FIELDS = Set.of("nl", "en", "employer", "employee");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("nl", "en");

    private Optional<LocalizedText> roleVariant(Role role) {
        return value(role.code(), false).flatMap(v -> {
            String variantWhat = "the " + role.code() + " text of " + what;
            Optional<Fields> fields = of(v, variantWhat, report, LANGUAGE_FIELDS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            String nl = fields.get().translation("nl", "Dutch");
            String en = fields.get().translation("en", "English");
            return nl == null || en == null ? Optional.empty() : Optional.of(new LocalizedText(nl, en));
        });
    }

    /** True/false field; absent means false. */
    boolean flag(String name) {
        return value(name, false).map(v -> {
            if (v instanceof Json.JsonBoolean b) {
                return b.value();
            }
            report.error(v.at(), "\"" + name + "\" in " + what + " must be true or false, not " + article(v.typeName()));
            return false;
        }).orElse(false);
    }

    /** A list of ids (e.g. register ids), each checked as an id. */
    Optional<List<String>> ids(String name, boolean required) {
        return array(name, required).map(items -> {
            List<String> out = new ArrayList<>();
            for (Json item : items) {
                if (item instanceof JsonString s && ID.matcher(s.value()).matches()) {
                    out.add(s.value());
                } else {
                    report.error(item.at(), "item of \"" + name + "\" in " + what + " must be an id in quotes"
                            + " (lowercase letters, digits and hyphens)");
                }
            }
            return out;
        });
    }

    /** A text field that must be one of the given codes; reports the allowed codes (with a did-you-mean). */
    <T> Optional<T> code(String name, boolean required, java.util.function.Function<String, Optional<T>> parse,
            List<String> allowed) {
        return string(name, required).flatMap(code -> {
            Optional<T> parsed = parse.apply(code);
            if (parsed.isEmpty()) {
                report.error(at(name), "\"" + code + "\" is not allowed as \"" + name + "\" in " + what + "; use one of "
                        + String.join(", ", allowed) + closest(code, allowed).map(s -> " (did you mean \"" + s + "\"?)")
                                .orElse(""));
            }
            return parsed;
        });
    }

    private String translation(String code, String languageName) {
        Json.Member member = object.member(code);
        if (member == null) {
            report.error(object.at(), "missing translation: " + what + " has no " + languageName + " text (\""
                    + code + "\")");
            return null;
        }
        if (!(member.value() instanceof JsonString s)) {
            report.error(member.value().at(), "the " + languageName + " text of " + what + " must be a text in"
                    + " quotes, not " + article(member.value().typeName()));
            return null;
        }
        if (SafeText.isBlank(s.value())) {
            report.error(s.at(), "missing translation: the " + languageName + " text of " + what + " is empty"
                    + (s.value().isEmpty() ? "" : " (it holds only spaces or invisible characters)"));
            return null;
        }
        if (!safe(s, "the " + languageName + " text of " + what, report)) {
            return null;
        }
        return s.value();
    }

    /**
     * Reports a text holding a control character (a line break, an escape, …) or a text-direction control: a
     * reader cannot see them, but a terminal or PDF viewer obeys them.
     */
    static boolean safe(JsonString text, String what, Report report) {
        int index = SafeText.firstUnsafe(text.value());
        if (index < 0) {
            return true;
        }
        report.error(text.at(), what + " contains " + SafeText.describe(text.value(), index) + " at character "
                + (index + 1) + "; texts may not hold control or text-direction characters (write a line break"
                + " as a new item or sentence)");
        return false;
    }

    /** A list of texts, each {"nl","en"}. */
    Optional<List<LocalizedText>> texts(String name, boolean required) {
        return array(name, required).map(items -> {
            List<LocalizedText> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemWhat = report.isFull() ? what : "item " + (i + 1) + " of \"" + name + "\" in " + what;
                localized(items.get(i), itemWhat, report).ifPresent(out::add);
            }
            return out;
        });
    }

    static String article(String typeName) {
        return switch (typeName) {
            case "object" -> "an object";
            case "list" -> "a list";
            case "text" -> "a text";
            case "number" -> "a number";
            case "true/false" -> "true/false";
            default -> typeName;
        };
    }

    /** A bounded did-you-mean: see {@link Suggestions}. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        return Suggestions.closest(name, candidates);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
