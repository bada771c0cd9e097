package nl.profielwijzer.tree;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for a misspelt id or field name, with bounded work: names longer than {@value #MAX_LENGTH}
 * characters get no suggestion, only candidates of similar length are compared, each comparison stops as soon as
 * it cannot come close enough, and one call compares at most {@value #MAX_CELLS} character pairs in all.
 * So a file full of long misspelt ids costs milliseconds, not minutes.
 */
public final class Suggestions {
    /** Past this length a name is not compared at all (ids and field names are short). */
    public static final int MAX_LENGTH = 100;
    /** The most character pairs one call compares. */
    public static final int MAX_CELLS = 200_000;

    private Suggestions() {
    }

    /** The candidate nearest to {@code name} (case-insensitive edit distance), if it is near enough. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        if (name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String a = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = allowed + 1;
        long budget = MAX_CELLS;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) >= bestDistance || candidate.length() > MAX_LENGTH) {
                continue;
            }
            long cells = (long) (a.length() + 1) * (candidate.length() + 1);
            if (cells > budget) {
                break;
            }
            budget -= cells;
            int d = distance(a, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
