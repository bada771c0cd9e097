package nl.profielwijzer.tree;

import java.util.ArrayList;
import java.util.List;

import nl.profielwijzer.tree.json.Position;

/**
 * The problems of one file, kept up to {@value #CAP}; past that only counted, so a file with a million bad items
 * costs no more memory than one with {@value #CAP}. {@link #list()} ends with one line
 * "… and N more problems in this file" at the position of the first one left out.
 */
public final class ProblemList {
    /** The most problems kept and listed per file. */
    public static final int CAP = 200;

    private final List<Problem> kept = new ArrayList<>();
    private int errors;
    private int leftOut;
    private int leftOutErrors;
    private Problem firstLeftOut;

    public void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        if (kept.size() < CAP) {
            kept.add(problem);
            return;
        }
        if (firstLeftOut == null) {
            firstLeftOut = problem;
        }
        leftOut++;
        if (problem.isError()) {
            leftOutErrors++;
        }
    }

    /**
     * Like {@link #add(Problem)}, but once the list is full no problem is made (only counted), so a file with
     * millions of bad items costs a counter, not millions of objects.
     */
    public void add(String file, Position at, Problem.Severity severity, String message) {
        if (isFull() && firstLeftOut != null) {
            leftOut++;
            if (severity == Problem.Severity.ERROR) {
                errors++;
                leftOutErrors++;
            }
            return;
        }
        add(new Problem(file, at.line(), at.column(), severity, message));
    }

    public void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** True once {@value #CAP} problems are kept: a caller may skip work that only improves a message. */
    public boolean isFull() {
        return kept.size() >= CAP;
    }

    /** Errors found, including those left out of the list. */
    public int errorCount() {
        return errors;
    }

    /** The kept problems, followed by one line for those left out (if any). */
    public List<Problem> list() {
        if (leftOut == 0) {
            return List.copyOf(kept);
        }
        List<Problem> out = new ArrayList<>(kept);
        String message = "and " + leftOut + " more problem" + (leftOut == 1 ? "" : "s") + " in this file ("
                + leftOutErrors + " of them error" + (leftOutErrors == 1 ? "" : "s") + "), not listed: only the first "
                + CAP + " are shown; fix these and validate again";
        out.add(new Problem(firstLeftOut.file(), firstLeftOut.line(), firstLeftOut.column(),
                leftOutErrors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING, message));
        return out;
    }
}
