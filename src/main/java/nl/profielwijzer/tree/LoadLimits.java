package nl.profielwijzer.tree;

import nl.profielwijzer.tree.json.JsonText;

/**
 * Explicit limits on what the loader accepts, so that no input can make it hang or run out of memory.
 * Every message about a limit names the limit.
 */
public record LoadLimits(long maxFileBytes, int maxNestingDepth, int maxStringChars, int maxNodes) {

    /** Far above any real tree (the largest bundled tree has about 60 nodes and 60 KB). */
    public static final LoadLimits DEFAULT = new LoadLimits(4L * 1024 * 1024, 64, 20_000, 5_000);

    /** For benchmarks that generate very large trees on purpose. */
    public static final LoadLimits BENCHMARK = new LoadLimits(512L * 1024 * 1024, 64, 20_000, 1_000_000);

    /** The limits the JSON parser checks (all but the node count, which the tree reader checks). */
    public JsonText.Limits json() {
        return new JsonText.Limits(maxFileBytes, maxNestingDepth, maxStringChars);
    }
}
