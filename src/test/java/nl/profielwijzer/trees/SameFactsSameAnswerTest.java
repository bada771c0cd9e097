package nl.profielwijzer.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Node;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.SourceKind;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;
import nl.profielwijzer.tree.Verdict;

/**
 * The same facts, the same answer (issue 8 §4, ADR 0007): every path through every bundled tree is walked; the
 * shared facts it asks ({@code "fact"} on a question) are collected, and every row of the table below whose facts
 * the path answers must end in the row's verdict. The photo tree may differ only where its outcome says why: it
 * gives the Dutch DPA's view on photos (a view citing an AP source).
 */
class SameFactsSameAnswerTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();

    /**
     * Facts that a tree asks inside another question: which answer means which shared fact. Only the
     * {@code account} fact (a company page or account versus the employee's own account) is asked this way, as
     * one of the places a profile or photo can appear.
     */
    private static final Map<String, Map<String, String>> IMPLIED = Map.of(
            "profile", Map.of("channel=private-account", "account=private", "channel=website", "account=company",
                    "channel=company-social", "account=company"),
            "photo", Map.of("channel=private-account", "account=private", "channel=website", "account=company",
                    "channel=company-social", "account=company"),
            "linkedin", Map.of("request=profile", "account=private"));

    /** One row: these fact answers must give this verdict in every tree that asks them all. */
    record Row(String why, Map<String, String> facts, Verdict verdict) {
    }

    private static Row row(String why, Verdict verdict, String... facts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String f : facts) {
            String[] parts = f.split("=");
            map.put(parts[0], parts[1]);
        }
        return new Row(why, map, verdict);
    }

    static final List<Row> TABLE = List.of(
            row("brief §8 Q3: own account, agreed in advance and needed for the job: yes, if (dissent shown)",
                    Verdict.YES_IF, "account=private", "agreed-in-advance=yes", "needed-for-job=yes"),
            row("brief §8 Q3: own account, agreed but not needed: voluntary", Verdict.NO,
                    "account=private", "agreed-in-advance=yes", "needed-for-job=no"),
            row("own account, agreed but not sure it is needed: the protective route, voluntary", Verdict.NO,
                    "account=private", "agreed-in-advance=yes", "needed-for-job=unknown"),
            row("brief §8 Q3: own account, not agreed in advance: voluntary", Verdict.NO,
                    "account=private", "agreed-in-advance=no"),
            row("own account, not sure anything was agreed: the protective route, voluntary", Verdict.NO,
                    "account=private", "agreed-in-advance=unknown"),
            row("client-facing and needed for the job, with a works council: yes, with its consent", Verdict.YES_IF,
                    "client-facing=yes", "needed-for-job=yes", "works-council=yes"),
            row("client-facing and needed for the job, no works council: yes, if", Verdict.YES_IF,
                    "client-facing=yes", "needed-for-job=yes", "works-council=no"),
            row("client-facing and needed, not sure about a works council: yes, if it consented", Verdict.YES_IF,
                    "client-facing=yes", "needed-for-job=yes", "works-council=unknown"),
            row("not needed for the job and not agreed in advance: voluntary", Verdict.NO,
                    "needed-for-job=no", "agreed-in-advance=no"),
            row("brief §11.7: after leaving, the profile and the photo go", Verdict.NO, "still-employed=no"),
            row("under 16: a parent decides too; nothing is compulsory", Verdict.NO, "under-16=yes"),
            row("a clause signed by a minor is void", Verdict.NO, "under-18=minor"));

    /** One complete path: the facts it answers and the outcome it ends in. */
    record Path(String tree, List<String> answers, Map<String, String> facts, Outcome outcome) {
    }

    static List<Path> paths(Tree tree) {
        List<Path> out = new ArrayList<>();
        walk(tree, tree.startNode().orElseThrow(), new ArrayList<>(), new LinkedHashMap<>(), out);
        return out;
    }

    private static void walk(Tree tree, Node node, List<String> answers, Map<String, String> facts, List<Path> out) {
        if (node instanceof Outcome o) {
            out.add(new Path(tree.id(), List.copyOf(answers), Map.copyOf(facts), o));
            return;
        }
        Question q = (Question) node;
        for (Option option : q.options()) {
            Map<String, String> next = new LinkedHashMap<>(facts);
            if (q.fact() != null) {
                next.put(q.fact(), option.id());
            }
            String implied = IMPLIED.getOrDefault(tree.id(), Map.of()).get(q.id() + "=" + option.id());
            if (implied != null) {
                next.put(implied.split("=")[0], implied.split("=")[1]);
            }
            answers.add(q.id() + "=" + option.id());
            walk(tree, tree.node(option.next()).orElseThrow(), answers, next, out);
            answers.remove(answers.size() - 1);
        }
    }

    private static boolean matches(Row row, Path path) {
        return row.facts().entrySet().stream().allMatch(e -> e.getValue().equals(path.facts().get(e.getKey())));
    }

    /** The photo exception: the outcome gives the Dutch DPA's view (a view citing an AP source). */
    private static boolean saysWhyThePhotoDiffers(Path path) {
        if (!path.tree().equals("photo")) {
            return false;
        }
        return path.outcome().views().stream().flatMap(v -> v.citations().stream()).map(Citation::sourceId)
                .map(BUNDLED.sources()::get).anyMatch(s -> s != null && s.kind() == SourceKind.REGULATOR
                        && s.id().startsWith("ap-"));
    }

    @Test
    void everyTreeThatAsksTheSameFactsGivesTheSameVerdict() {
        List<String> disagreements = new ArrayList<>();
        for (Row row : TABLE) {
            Set<String> asking = new TreeSet<>();
            for (Tree tree : BUNDLED.trees()) {
                for (Path path : paths(tree)) {
                    if (!matches(row, path)) {
                        continue;
                    }
                    asking.add(tree.id());
                    if (path.outcome().verdict() != row.verdict() && !saysWhyThePhotoDiffers(path)) {
                        disagreements.add(row.why() + ": " + tree.id() + " " + path.answers() + " ends in "
                                + path.outcome().id() + " (" + path.outcome().verdict().code() + "), not "
                                + row.verdict().code());
                    }
                }
            }
            assertTrue(!asking.isEmpty(), () -> "no tree asks " + row.facts() + " (" + row.why() + ")");
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theOwnAccountCasesAreComparedAcrossTheProfilePhotoAndLinkedinTrees() {
        Set<String> asking = new TreeSet<>();
        for (Tree tree : BUNDLED.trees()) {
            if (paths(tree).stream().anyMatch(p -> matches(TABLE.get(0), p))) {
                asking.add(tree.id());
            }
        }
        assertEquals(Set.of("linkedin", "photo", "profile"), asking);
    }

    @Test
    void thePhotoExceptionNeedsTheApsView() {
        Path photoAgreed = paths(BUNDLED.tree("photo").orElseThrow()).stream()
                .filter(p -> matches(TABLE.get(0), p)).findFirst().orElseThrow();
        assertTrue(saysWhyThePhotoDiffers(photoAgreed), photoAgreed::toString);
        Path profileAgreed = paths(BUNDLED.tree("profile").orElseThrow()).stream()
                .filter(p -> matches(TABLE.get(0), p)).findFirst().orElseThrow();
        assertTrue(!saysWhyThePhotoDiffers(profileAgreed), "only the photo tree may differ");
    }

    /** The register: every judgment says where it stands and when it was decided; later rulings exist. */
    @Test
    void everyJudgmentHasAStandingADecisionDateAndLaterRulingsThatExist() {
        List<String> problems = new ArrayList<>();
        int judgments = 0;
        for (Source s : BUNDLED.sources().values()) {
            if (s.kind() != SourceKind.CASE_LAW) {
                continue;
            }
            judgments++;
            if (s.judgmentData().isEmpty()) {
                problems.add(s.id() + ": no court, date or standing");
                continue;
            }
            if (!s.judgment().decided().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                problems.add(s.id() + ": decided " + s.judgment().decided());
            }
            if (s.judgment().standing().replaced() && s.judgment().laterRulings().isEmpty()) {
                problems.add(s.id() + ": replaced, but by nothing");
            }
            for (String later : s.judgment().laterRulings()) {
                if (!BUNDLED.sources().containsKey(later)) {
                    problems.add(s.id() + ": later ruling " + later + " is not in the register");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(judgments >= 28, "the brief's judgments are all in the register: " + judgments);
    }
}
