package nl.profielwijzer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Options ({@code --name value}, {@code --name=value}) and positional arguments of one sub-command. */
final class Arguments {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Arguments() {
    }

    /**
     * @param valued the options that take a value
     * @param repeatable the valued options that may be given more than once
     */
    static Arguments parse(List<String> args, Set<String> valued, Set<String> repeatable)
            throws UsageError {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!valued.contains(name)) {
                    List<String> known = new ArrayList<>();
                    valued.forEach(v -> known.add("--" + v));
                    known.sort(null);
                    throw new UsageError("unknown option --" + name + (known.isEmpty() ? ""
                            : "; this command knows " + String.join(", ", known)));
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageError("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                List<String> list = a.values.computeIfAbsent(name, k -> new ArrayList<>());
                if (!list.isEmpty() && !repeatable.contains(name)) {
                    throw new UsageError("--" + name + " is given more than once");
                }
                list.add(value);
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
