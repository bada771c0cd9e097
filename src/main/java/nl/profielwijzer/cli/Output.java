package nl.profielwijzer.cli;

import java.util.Optional;

/** The --format option: text (default) or json. */
final class Output {
    private Output() {
    }

    static boolean isJson(Arguments args) throws UsageError {
        Optional<String> format = args.value("format");
        if (format.isEmpty() || format.get().equals("text")) {
            return false;
        }
        if (format.get().equals("json")) {
            return true;
        }
        throw new UsageError("--format " + format.get() + ": use text or json");
    }
}
