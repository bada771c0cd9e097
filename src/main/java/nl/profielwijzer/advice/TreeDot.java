package nl.profielwijzer.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.profielwijzer.files.AtomicWrite;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Tree;

/**
 * A tree as a Graphviz graph ({@code dot -Tsvg tree.dot > tree.svg}): questions as boxes, outcomes filled in
 * their verdict's colour with the verdict word in the label, edges labelled with the option. Nodes carry their
 * number from {@link ReadingOrder}, as in the review PDF.
 */
public final class TreeDot {
    /** Labels wrap at about this many characters. */
    private static final int WRAP = 30;
    /**
     * Each text in a label is cut to this many characters ("…" at the end), and a node name (the tree's id) to
     * {@link #MAX_NAME}: Graphviz cannot read a quoted string longer than 16,384 bytes, and a box of 20,000
     * characters helps no reviewer (the review PDF has every text in full).
     */
    static final int MAX_TEXT = 300;
    static final int MAX_NAME = 64;

    private TreeDot() {
    }

    public static String render(Tree tree, Language language) {
        return render(tree, ReviewLanguages.of(language));
    }

    /** With {@link ReviewLanguages#BOTH}, each label has the Dutch text above the English. */
    public static String render(Tree tree, ReviewLanguages languages) {
        ReadingOrder order = ReadingOrder.of(tree);
        Language primary = languages.primary();
        Map<String, String> names = names(tree);
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(cut(tree.id(), MAX_NAME))).append(" {\n");
        out.append("  graph [rankdir=TB, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, nodesep=0.3, ")
                .append("ranksep=0.45, label=").append(quote(text(tree.title(), languages) + "\n"
                        + ReportText.format(primary, "review.meta", tree.id(), tree.version(),
                                TextReport.DATE.withLocale(primary.locale()).format(tree.lawAsOf()),
                                TextReport.DATE.withLocale(primary.locale()).format(tree.reviewBefore()))))
                .append("];\n");
        out.append("  node [fontname=\"DejaVu Sans\", fontsize=10, margin=\"0.15,0.08\"];\n");
        out.append("  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#59616b\", fontcolor=\"#1f2328\"];\n");
        for (Node node : order.nodes()) {
            String head = "#" + order.number(node.id()) + " · " + cut(node.id(), MAX_NAME);
            if (node instanceof Question q) {
                out.append("  ").append(quote(names.get(q.id()))).append(" [shape=box, style=\"rounded,filled\", ")
                        .append("fillcolor=\"#f3f4f6\", color=\"#1d4e89\", label=")
                        .append(quote(head + "\n" + wrap(text(q.text(), languages)))).append("];\n");
            } else if (node instanceof Outcome o) {
                VerdictColors colors = VerdictColors.of(o.verdict());
                String verdict = languages.languages().stream()
                        .map(l -> ReportText.verdictWord(l, o.verdict()).toUpperCase(l.locale()))
                        .distinct().map(TreeDot::wrap).collect(Collectors.joining("\n"));
                out.append("  ").append(quote(names.get(o.id()))).append(" [shape=box, style=\"filled,bold\", fillcolor=\"")
                        .append(VerdictColors.hex(colors.tint())).append("\", color=\"")
                        .append(VerdictColors.hex(colors.accent())).append("\", fontcolor=\"")
                        .append(VerdictColors.hex(colors.text())).append("\", label=")
                        .append(quote(verdict + "\n" + head + "\n" + wrap(text(o.title(), languages))))
                        .append("];\n");
            }
        }
        for (Node node : order.nodes()) {
            if (node instanceof Question q) {
                for (Option option : q.options()) {
                    if (tree.nodes().containsKey(option.next())) {
                        out.append("  ").append(quote(names.get(q.id()))).append(" -> ")
                                .append(quote(names.get(option.next())))
                                .append(" [label=").append(quote(wrap(text(option.label(), languages))))
                                .append("];\n");
                    }
                }
            }
        }
        out.append("}\n");
        return out.toString();
    }

    public static void write(Tree tree, ReviewLanguages languages, Writer out) {
        try {
            out.write(render(tree, languages));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Tree tree, Language language, Writer out) {
        write(tree, ReviewLanguages.of(language), out);
    }

    /** Writes UTF-8 atomically: an existing file is replaced only by a complete new one. */
    public static void write(Tree tree, ReviewLanguages languages, Path target) throws IOException {
        byte[] bytes = render(tree, languages).getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(target, bytes);
    }

    private static String text(LocalizedText text, ReviewLanguages languages) {
        return languages.languages().stream().map(text::in).distinct().map(t -> cut(t, MAX_TEXT))
                .collect(Collectors.joining("\n"));
    }

    /** The node names in the graph: the id, or for a very long id its start and a number that keeps it unique. */
    private static Map<String, String> names(Tree tree) {
        Map<String, String> names = new HashMap<>();
        int counter = 0;
        for (String id : tree.nodes().keySet()) {
            names.put(id, id.length() <= MAX_NAME ? id : id.substring(0, MAX_NAME - 8) + "…" + (++counter));
        }
        return names;
    }

    /** The text cut to {@code max} characters, with "…" at the end when cut. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Breaks each line of the text into lines of about {@link #WRAP} characters, at spaces. */
    static String wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph)) {
                if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** The words of a paragraph, a word longer than a line broken into pieces of a line. */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.trim().split("\\s+")) {
            for (int i = 0; i < word.length(); i += WRAP) {
                words.add(word.substring(i, Math.min(word.length(), i + WRAP)));
            }
        }
        return words;
    }

    /**
     * A DOT double-quoted string: backslash and quote escaped, a line break written as the label escape
     * {@code \n} (centred line), other control characters dropped.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r', '\t' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
