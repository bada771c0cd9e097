package nl.profielwijzer.tree;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the parts of a tree stood in its file, by a path such as {@code node:q-role/options/1/next}.
 * A path that was not recorded falls back to its nearest recorded parent, and finally to line 1, column 1,
 * so a checker always has a position to report.
 */
public final class Locations {
    private final Map<String, Position> byPath = new HashMap<>();

    public static final Locations NONE = new Locations();

    void put(String path, Position at) {
        byPath.putIfAbsent(path, at);
    }

    public Position of(String path) {
        String p = path;
        while (true) {
            Position at = byPath.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return Position.START;
            }
            p = p.substring(0, slash);
        }
    }

    public static String node(String nodeId) {
        return "node:" + nodeId;
    }
}
