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

    /** Collects problems for one file. */
    static final class Report {
        final String file;
        final List<Problem> problems = new ArrayList<>();

        Report(String file) {
            this.file = file;
        }

        void error(Position at, String message) {
            problems.add(Problem.error(file, at, message));
        }

        void warning(Position at, String message) {
            problems.add(Problem.warning(file, at, message));
        }
    }

    private Fields(JsonObject object, String what, Report report, Set<String> allowed) {
        this.object = object;
        this.what = what;
        this.report = report;
        for (Json.Member member : object.members()) {
            if (!allowed.contains(member.name())) {
                String hint = closest(member.name(), allowed).map(s -> "; did you mean \"" + s + "\"?").orElse(
                        "; known fields here: " + String.join(", ", sorted(allowed)));
                report.error(member.nameAt(), "unknown field \"" + member.name() + "\" in " + what + hint);
            }
        }
    }

    /** Reads {@code value} as an object of the given kind, or reports that it is not an object. */
    static Optional<Fields> of(Json value, String what, Report report, Set<String> allowed) {
        if (value instanceof JsonObject obj) {
            return Optional.of(new Fields(obj, what, report, allowed));
        }
        report.error(value.at(), what + " must be an object {…}, not " + article(value.typeName()));
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
                if (s.value().isBlank()) {
                    report.error(v.at(), "\"" + name + "\" in " + what + " is empty");
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

    /** A text object {"nl": "…", "en": "…"}; a missing language is a missing translation. */
    static Optional<LocalizedText> localized(Json value, String what, Report report) {
        Optional<Fields> fields = of(value, what, report, Set.of("nl", "en"));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        String nl = f.translation("nl", "Dutch");
        String en = f.translation("en", "English");
        if (nl == null || en == null) {
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(nl, en));
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
        if (s.value().isBlank()) {
            report.error(s.at(), "missing translation: the " + languageName + " text of " + what + " is empty");
            return null;
        }
        return s.value();
    }

    /** A list of texts, each {"nl","en"}. */
    Optional<List<LocalizedText>> texts(String name, boolean required) {
        return array(name, required).map(items -> {
            List<LocalizedText> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                localized(items.get(i), "item " + (i + 1) + " of \"" + name + "\" in " + what, report)
                        .ifPresent(out::add);
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

    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
