package nl.profielwijzer.advice;

import static nl.profielwijzer.advice.TestTrees.o;
import static nl.profielwijzer.advice.TestTrees.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Citation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.LocalizedText;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Outcome;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Source;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.tree.View;

class ReviewPdfTest {

    private static PDDocument review(Tree tree, Map<String, Source> register, ReviewLanguages languages)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(tree, register, languages, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(ReviewLanguages.class)
    void theReviewContainsEveryQuestionOptionOutcomeAndCitation(ReviewLanguages languages) throws IOException {
        TreeLibrary library = Fixtures.library();
        Tree demo = library.tree("demo").orElseThrow();
        try (PDDocument pdf = review(demo, library.sources(), languages)) {
            String text = PdfCheck.text(pdf);
            String compact = PdfCheck.withoutSpaces(text);
            List<String> expected = new ArrayList<>();
            for (Language l : languages.languages()) {
                expected.add(demo.title().in(l));
                for (Role role : Role.values()) {
                    expected.add(demo.headlineFor(role).in(l));
                    for (Verdict v : Verdict.values()) {
                        expected.add(AdviceReport.verdictLabel(demo, role, v, l));
                    }
                }
                for (Question q : demo.questions()) {
                    expected.add(q.text().in(l));
                    q.whyWeAsk().ifPresent(w -> expected.add(w.in(l)));
                    q.options().forEach(o -> expected.add(o.label().in(l)));
                }
                for (Outcome o : demo.outcomes()) {
                    expected.add(o.title().in(l));
                    expected.add(o.explanation().in(l));
                    expected.add(ReportText.verdictWord(l, o.verdict()).toUpperCase(l.locale()));
                    o.conditions().forEach(c -> expected.add(c.text().in(l)));
                    for (View v : o.views()) {
                        expected.add(v.holder().in(l));
                        expected.add(v.position().in(l));
                    }
                    for (Role role : Role.values()) {
                        o.stepsFor(role).forEach(s -> expected.add(s.in(l)));
                    }
                }
            }
            for (Question q : demo.questions()) {
                expected.add(q.id());
                q.options().forEach(o -> expected.add("(" + o.id() + ")"));
            }
            for (Outcome o : demo.outcomes()) {
                expected.add(o.id());
                for (Citation c : o.citations()) {
                    Source s = library.sources().get(c.sourceId());
                    expected.add(c.pinpointText().map(p -> s.label() + ", " + p).orElse(s.label()));
                    for (Language l : languages.languages()) {
                        expected.add(s.title().in(l));
                    }
                }
            }
            for (String part : expected) {
                assertTrue(text.contains(PdfCheck.normalize(part)), () -> "missing \"" + part + "\" in " + text);
            }
            for (Source s : library.sources().values()) {
                assertTrue(compact.contains(s.url()), s.url());
                assertTrue(PdfCheck.linkUris(pdf).contains(s.url()), s.url());
            }
            assertEquals(languages.primary() == Language.EN ? "en-GB" : "nl-NL", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void nodesComeDepthFirstFromTheStart() throws IOException {
        TreeLibrary library = Fixtures.library();
        Tree demo = library.tree("demo").orElseThrow();
        try (PDDocument pdf = review(demo, library.sources(), ReviewLanguages.EN)) {
            String text = PdfCheck.text(pdf);
            int last = -1;
            for (String id : List.of("client", "needed", "allowed", "allowed-if", "depends", "not-allowed")) {
                int at = text.indexOf("· " + id);
                assertTrue(at > last, id + " out of order");
                last = at;
            }
            assertTrue(text.contains("#1 Question · client"));
            assertTrue(text.contains("#6 Outcome · not-allowed"));
        }
    }

    @Test
    void optionsLinkToWhereTheyLead() throws IOException {
        TreeLibrary library = Fixtures.library();
        try (PDDocument pdf = review(library.tree("demo").orElseThrow(), library.sources(), ReviewLanguages.NL)) {
            int jumps = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination d) {
                        assertNotNull(d.getPage());
                        assertTrue(pdf.getPages().indexOf(d.getPage()) >= 0);
                        jumps++;
                    }
                }
            }
            assertTrue(jumps >= 5 + 5, "options and reached-from links: " + jumps);
        }
    }

    @Test
    void bothLanguagesStandSideBySide() throws IOException {
        TreeLibrary library = Fixtures.library();
        try (PDDocument pdf = review(library.tree("demo").orElseThrow(), library.sources(), ReviewLanguages.BOTH)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            assertTrue(text.lines().anyMatch(l -> l.contains("Heeft u contact met klanten?")
                    && l.contains("Do you deal with clients?")), "Dutch and English on one line");
        }
    }

    @Test
    void aCitationMissingFromTheRegisterIsFlagged(@TempDir Path dir) throws IOException {
        Outcome cited = new Outcome("end", Verdict.YES, Certainty.SETTLED, LocalizedText.of("Einde", "End"),
                LocalizedText.of("a", "b"), List.of(), List.of(), Map.of(), List.of(new Citation("ghost", "art. 1")),
                List.of());
        Tree tree = TestTrees.of("q0", new Question("q0", LocalizedText.of("V?", "Q?"), null,
                List.of(new Option("a", LocalizedText.of("ja", "yes"), "end"),
                        new Option("b", LocalizedText.of("nee", "no"), "lost"))), cited, o("lost", Verdict.NO),
                q("orphan", "end", "lost"));
        Path file = dir.resolve("review.pdf");
        int pages = ReviewPdf.write(tree, Map.of(), ReviewLanguages.NL, file);
        assertTrue(pages >= 1);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = PdfCheck.text(pdf);
            assertTrue(text.contains(ReportText.format(Language.NL, "review.unknownSource", "ghost")), text);
            assertTrue(text.contains(ReportText.get(Language.NL, "review.unreachable")), text);
            assertTrue(text.contains("orphan"));
        }
    }
}
