package nl.profielwijzer.tree;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from one folder of trees: the usable trees (those without errors), the source register,
 * the glossary, and every problem found, including those of the trees that could not be used.
 */
public record TreeLibrary(List<Tree> trees, Map<String, Source> sources, List<GlossaryEntry> glossary,
        List<Problem> problems) {

    public TreeLibrary {
        trees = List.copyOf(trees);
        sources = Map.copyOf(sources);
        glossary = List.copyOf(glossary);
        problems = List.copyOf(problems);
    }

    public Optional<Tree> tree(String id) {
        return trees.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
