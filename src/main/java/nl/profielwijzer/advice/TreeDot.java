package nl.profielwijzer.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private TreeDot() {
    }

    public static String render(Tree tree, Language language) {
        return render(tree, ReviewLanguages.of(language));
    }

    /** With {@link ReviewLanguages#BOTH}, each label has the Dutch text above the English. */
    public static String render(Tree tree, ReviewLanguages languages) {
        ReadingOrder order = ReadingOrder.of(tree);
        Language primary = languages.primary();
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(tree.id())).append(" {\n");
        out.append("  graph [rankdir=TB, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, nodesep=0.3, ")
                .append("ranksep=0.45, label=").append(quote(text(tree.title(), languages) + "\n"
                        + ReportText.format(primary, "review.meta", tree.id(), tree.version(),
                                TextReport.DATE.withLocale(primary.locale()).format(tree.lawAsOf()),
                                TextReport.DATE.withLocale(primary.locale()).format(tree.reviewBefore()))))
                .append("];\n");
        out.append("  node [fontname=\"DejaVu Sans\", fontsize=10, margin=\"0.15,0.08\"];\n");
        out.append("  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#59616b\", fontcolor=\"#1f2328\"];\n");
        for (Node node : order.nodes()) {
            String head = "#" + order.number(node.id()) + " · " + node.id();
            if (node instanceof Question q) {
                out.append("  ").append(quote(q.id())).append(" [shape=box, style=\"rounded,filled\", ")
                        .append("fillcolor=\"#f3f4f6\", color=\"#1d4e89\", label=")
                        .append(quote(head + "\n" + wrap(text(q.text(), languages)))).append("];\n");
            } else if (node instanceof Outcome o) {
                VerdictColors colors = VerdictColors.of(o.verdict());
                String verdict = languages.languages().stream()
                        .map(l -> ReportText.verdictWord(l, o.verdict()).toUpperCase(l.locale()))
                        .distinct().map(TreeDot::wrap).collect(Collectors.joining("\n"));
                out.append("  ").append(quote(o.id())).append(" [shape=box, style=\"filled,bold\", fillcolor=\"")
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
                        out.append("  ").append(quote(q.id())).append(" -> ").append(quote(option.next()))
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
        return languages.languages().stream().map(text::in).distinct().collect(Collectors.joining("\n"));
    }

    /** Breaks each line of the text into lines of about {@link #WRAP} characters, at spaces. */
    static String wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
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
