package nl.profielwijzer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.profielwijzer.advice.ReviewLanguages;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The options several commands share, as picocli mixins, and the converters that give them their types. */
final class CliOptions {
    private CliOptions() {
    }

    /** {@code --trees DIR}: a folder of trees instead of the bundled ones. */
    static final class Trees {
        @Option(names = "--trees", paramLabel = "DIR", converter = FileName.class,
                description = "A folder of trees to use instead of the bundled ones.")
        Path folder;

        Optional<Path> folder() {
            return Optional.ofNullable(folder);
        }
    }

    /** {@code --lang nl|en}; absent: the system language (English for English, Dutch otherwise). */
    static final class Lang {
        @Option(names = "--lang", paramLabel = "nl|en", converter = LanguageCode.class,
                completionCandidates = LanguageCode.class,
                description = "Language of the output (default: the system language; Dutch unless it is English).")
        Language language;

        Language language() {
            return language != null ? language : Language.forLocale(Locale.getDefault());
        }
    }

    /** {@code --format text|json}. */
    enum Format {
        text, json
    }

    /** TREE, {@code --answer Q=O ...}, {@code --role}, {@code --lang} and {@code --trees}: a tree to answer. */
    static final class Consultation {
        @Parameters(index = "0", paramLabel = "TREE",
                description = "A tree id (see 'profielwijzer trees') or the path of a tree file.")
        String tree;

        @Option(names = "--answer", paramLabel = "QUESTION_ID=OPTION_ID", converter = AnswerText.class,
                description = "An answer; repeat for each question answered.")
        List<Answer> answers = new ArrayList<>();

        @Option(names = "--role", paramLabel = "employer|employee", converter = RoleCode.class,
                completionCandidates = RoleCode.class,
                description = "Whose wording and next steps are shown (default: employee).")
        Role role = Role.EMPLOYEE;

        @picocli.CommandLine.Mixin
        Lang lang = new Lang();

        @picocli.CommandLine.Mixin
        Trees trees = new Trees();
    }

    /** One {@code --answer}: the ids of a question and of the option chosen. */
    record Answer(String question, String option) {
        @Override
        public String toString() {
            return question + "=" + option;
        }
    }

    /** {@code QUESTION_ID=OPTION_ID}. */
    static final class AnswerText implements ITypeConverter<Answer> {
        @Override
        public Answer convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new TypeConversionException("'" + value + "': write QUESTION_ID=OPTION_ID");
            }
            return new Answer(value.substring(0, eq), value.substring(eq + 1));
        }
    }

    /** A file or folder name; an empty one is refused (it would silently mean the current folder). */
    static final class FileName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("the name is empty; give a file or folder name");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a valid file name");
            }
        }
    }

    /** nl or en. */
    static final class LanguageCode implements ITypeConverter<Language>, Iterable<String> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "': use nl or en"));
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("nl", "en").iterator();
        }
    }

    /** nl, en or both (review). */
    static final class ReviewLanguageCode implements ITypeConverter<ReviewLanguages>, Iterable<String> {
        @Override
        public ReviewLanguages convert(String value) {
            return ReviewLanguages.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "': use nl, en or both"));
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("nl", "en", "both").iterator();
        }
    }

    /** employer or employee. */
    static final class RoleCode implements ITypeConverter<Role>, Iterable<String> {
        @Override
        public Role convert(String value) {
            return Role.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "': use employer or employee"));
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("employer", "employee").iterator();
        }
    }
}
