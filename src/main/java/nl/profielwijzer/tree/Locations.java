package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.Position;
import java.util.HashMap;
import java.util.Map;

import nl.profielwijzer.tree.json.Json;

/**
 * Where the parts of a tree stood in its file, found on demand by a path such as
 * {@code node:q-role/options/1/next} or {@code reviewBefore}: the path is followed through the located JSON,
 * and where a part is missing the position of the nearest part that exists is returned. So a checker always has
 * a position to report, and reading a tree costs nothing for positions that are never asked for.
 */
public final class Locations {
    public static final Locations NONE = new Locations(null);

    private final Json root;
    private final Map<String, Json> nodes = new HashMap<>();

    Locations(Json root) {
        this.root = root;
    }

    void node(String nodeId, Json value) {
        nodes.putIfAbsent(nodeId, value);
    }

    public Position of(String path) {
        String[] segments = path.split("/");
        Json at;
        int first;
        if (segments[0].startsWith("node:")) {
            at = nodes.get(segments[0].substring("node:".length()));
            first = 1;
        } else {
            at = root;
            first = 0;
        }
        if (at == null) {
            return root == null ? Position.START : root.at();
        }
        for (int i = first; i < segments.length; i++) {
            Json next = step(at, segments[i]);
            if (next == null) {
                break;
            }
            at = next;
        }
        return at.at();
    }

    private static Json step(Json from, String segment) {
        if (from instanceof Json.JsonObject obj) {
            Json.Member member = obj.member(segment);
            return member == null ? null : member.value();
        }
        if (from instanceof Json.JsonArray array) {
            try {
                int index = Integer.parseInt(segment);
                return index >= 0 && index < array.items().size() ? array.items().get(index) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static String node(String nodeId) {
        return "node:" + nodeId;
    }
}
