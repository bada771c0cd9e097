package nl.profielwijzer.tree;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from one folder of trees: the usable trees (those without errors), the source register,
 * the glossary, and every problem found, including those of the trees that could not be used.
 *
 * @param brokenTrees the ids of trees that were read but have errors, with their file
 * @param facts       the shared facts ({@code facts.json}) by id, in file order
 */
public record TreeLibrary(List<Tree> trees, Map<String, Source> sources, List<GlossaryEntry> glossary,
        List<Problem> problems, Map<String, String> brokenTrees, Map<String, Fact> facts) {

    public TreeLibrary {
        trees = List.copyOf(trees);
        sources = Map.copyOf(sources);
        glossary = List.copyOf(glossary);
        problems = List.copyOf(problems);
        brokenTrees = Map.copyOf(brokenTrees);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    public TreeLibrary(List<Tree> trees, Map<String, Source> sources, List<GlossaryEntry> glossary,
            List<Problem> problems, Map<String, String> brokenTrees) {
        this(trees, sources, glossary, problems, brokenTrees, Map.of());
    }

    public TreeLibrary(List<Tree> trees, Map<String, Source> sources, List<GlossaryEntry> glossary,
            List<Problem> problems) {
        this(trees, sources, glossary, problems, Map.of());
    }

    /** The problems of one file. */
    public List<Problem> problemsOf(String file) {
        return problems.stream().filter(p -> p.file().equals(file)).toList();
    }

    public Optional<Tree> tree(String id) {
        return trees.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
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
