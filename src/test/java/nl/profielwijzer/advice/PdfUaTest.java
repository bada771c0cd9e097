package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Option;
import nl.profielwijzer.tree.Question;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** The advice and review PDFs are valid PDF/UA-1, checked by veraPDF. */
class PdfUaTest {
    private static final TreeLibrary BUNDLED = new TreeLibraryLoader().loadBundled();

    private static void assertPdfUa(byte[] pdf) throws Exception {
        List<String> problems = PdfUa.problems(pdf);
        assertTrue(problems.isEmpty(), "veraPDF PDF/UA-1:\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdviceWithConditionsIsPdfUa(Language language) throws Exception {
        assertPdfUa(AdvicePdf.bytes(Fixtures.report(language, Role.EMPLOYER, "client=yes", "needed=partly")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdviceWithDifferingViewsIsPdfUa(Language language) throws Exception {
        assertPdfUa(AdvicePdf.bytes(Fixtures.report(language, Role.EMPLOYEE, "client=yes", "needed=unsure")));
    }

    @Test
    void aLongMultiPageAdviceIsPdfUa() throws Exception {
        byte[] pdf = AdvicePdf.bytes(LongReport.of(Language.NL, 14));
        assertTrue(PdfPages.render(pdf, 10).size() >= 4, "the long report should take several pages");
        assertPdfUa(pdf);
    }

    @ParameterizedTest
    @EnumSource(ReviewLanguages.class)
    void theReviewOfABundledTreeIsPdfUa(ReviewLanguages languages) throws Exception {
        Tree photo = BUNDLED.tree("photo").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(photo, BUNDLED.sources(), languages, out);
        assertPdfUa(out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aScreenReaderReadsEveryLineOfTheBodyInTheOrderOnThePageAndNoPageFurniture(Language language)
            throws Exception {
        for (AdviceReport report : List.of(bundledAdvice(language),
                Fixtures.report(language, Role.EMPLOYEE, "client=yes", "needed=unsure"), LongReport.of(language, 6))) {
            try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(report))) {
                TagTree tags = TagTree.of(pdf);
                assertEquals(PdfCheck.withoutSpaces(PdfCheck.body(pdf)), PdfCheck.withoutSpaces(tags.text()),
                        "the tagged text, in structure order, is the body text in page order");
                String pageOne = ReportText.format(language, "report.page", 1, pdf.getNumberOfPages());
                assertFalse(tags.text().contains(pageOne), "page numbers are artifacts");
                assertEquals("H1", tags.elements().stream().filter(e -> e.type().startsWith("H")).findFirst()
                        .orElseThrow().type());
                assertEquals(report.treeTitle(), tags.elements().stream().filter(e -> e.type().equals("H1"))
                        .findFirst().orElseThrow().text().strip());
                List<String> sections = tags.elements().stream().filter(e -> e.type().equals("H2"))
                        .map(e -> e.text().strip()).toList();
                assertEquals(report.verdictLabel(), sections.get(0), "the verdict is the first H2");
                assertTrue(sections.contains(ReportText.get(language, "report.citations")), sections::toString);
                int links = 0;
                for (PDPage page : pdf.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        links++;
                        assertNotNull(a.getContents(), "a link says where it goes");
                        assertTrue(a.getStructParent() >= 0, "a link is in the structure");
                    }
                    assertEquals("S", page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")));
                }
                assertEquals(links, tags.annotations());
                assertTrue(links >= report.citations().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void listsAreListsAndTheVerdictIsABox(Language language) throws Exception {
        AdviceReport report = Fixtures.report(language, Role.EMPLOYER, "client=yes", "needed=partly");
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(report))) {
            List<TagTree.Element> e = TagTree.of(pdf).elements();
            List<String> types = e.stream().map(TagTree.Element::type).toList();
            int list = types.indexOf("L");
            assertEquals(List.of("L", "LI", "Lbl", "LBody", "P"), types.subList(list, list + 5));
            assertEquals("•", e.get(list + 2).text());
            assertEquals(report.conditions().get(0), e.get(list + 4).text().replaceAll("\\s+", " ").strip());
            long items = e.stream().filter(x -> x.type().equals("LI") && x.depth() == e.get(list).depth() + 1)
                    .count();
            assertTrue(items >= report.conditions().size() + report.nextSteps().size());
            int box = types.indexOf("Div");
            assertEquals(List.of("Div", "P", "H2", "P"), types.subList(box, box + 4), "the verdict box");
        }
    }

    @Test
    void theBilingualReviewReadsEachColumnInItsOwnLanguage() throws Exception {
        Tree photo = BUNDLED.tree("photo").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewPdf.write(photo, BUNDLED.sources(), ReviewLanguages.BOTH, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<TagTree.Element> divs = TagTree.of(pdf).elements().stream()
                    .filter(e -> e.type().equals("Div") && e.language() != null).toList();
            assertTrue(divs.size() > 20);
            for (int i = 0; i + 1 < divs.size(); i += 2) {
                assertEquals("nl-NL", divs.get(i).language());
                assertEquals("en-GB", divs.get(i + 1).language());
            }
            assertEquals("nl-NL", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDocumentNamesItselfAndClaimsPdfUa(Language language) throws Exception {
        AdviceReport report = bundledAdvice(language);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(report))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertEquals(language == Language.EN ? "en-GB" : "nl-NL", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains(PdfMetadata.escape(pdf.getDocumentInformation().getTitle())), xmp);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTextIsTheWordsOnThePageWithoutLigatures(Language language) throws Exception {
        for (Tree tree : BUNDLED.trees()) {
            for (AdviceReport report : everyOutcome(tree, language)) {
                try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(report))) {
                    String text = PdfCheck.text(pdf);
                    String glyphs = PdfCheck.glyphText(pdf);
                    assertFalse(text.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                            () -> tree.id() + "/" + report.outcomeId() + ": a ligature in " + text);
                    assertFalse(glyphs.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                            () -> tree.id() + "/" + report.outcomeId() + ": a ligature glyph in " + glyphs);
                    List<String> parts = new ArrayList<>(List.of(report.title(), report.verdictLabel()));
                    parts.addAll(report.conditions());
                    parts.addAll(report.nextSteps());
                    report.citations().forEach(c -> parts.add(c.summary()));
                    // The body without running header and page numbers, so a text that runs over a page break is
                    // still found whole.
                    String body = PdfCheck.withoutSpaces(PdfCheck.body(pdf));
                    for (String part : parts) {
                        assertTrue(body.contains(PdfCheck.withoutSpaces(part)),
                                () -> tree.id() + "/" + report.outcomeId() + ": missing \"" + part + "\"");
                    }
                }
            }
        }
    }

    /** The photo tree's "not recognisable" advice. */
    private static AdviceReport bundledAdvice(Language language) {
        Consultation c = Consultation.withAnswers(BUNDLED.tree("photo").orElseThrow(), Map.of("recognisable", "no"));
        return AdviceReport.of(c, BUNDLED.sources(), Role.EMPLOYEE, language, Fixtures.NOW);
    }

    /** One report per outcome of the tree that a single-answer path reaches from the start... every outcome. */
    private static List<AdviceReport> everyOutcome(Tree tree, Language language) {
        List<AdviceReport> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        Deque<Map<String, String>> paths = new ArrayDeque<>(List.of(Map.of()));
        while (!paths.isEmpty() && out.size() < 40) {
            Map<String, String> answers = paths.pop();
            Consultation c = Consultation.withAnswers(tree, answers);
            if (c.outcome().isPresent()) {
                if (seen.putIfAbsent(c.outcome().get().id(), true) == null) {
                    out.add(AdviceReport.of(c, BUNDLED.sources(), Role.EMPLOYER, language, Fixtures.NOW));
                }
            } else if (c.frontier() instanceof Question q) {
                for (Option o : q.options()) {
                    Map<String, String> more = new LinkedHashMap<>(answers);
                    more.put(q.id(), o.id());
                    paths.add(more);
                }
            }
        }
        return out;
    }

    @Test
    void aBrokenDocumentIsRefused() throws Exception {
        // The check can fail: an untagged PDF (the state before PDF/UA) is reported.
        byte[] untagged;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            untagged = out.toByteArray();
        }
        List<String> problems = PdfUa.problems(untagged);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("7.1-")), problems::toString);
        assertEquals(problems, PdfUa.problems(untagged));
    }

    /** Issue 14: the combined advice of the seed case (four topics) is PDF/UA-1 as the single advice is. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theCombinedAdviceOfTheSeedCaseIsPdfUa(Language language) throws Exception {
        List<Tree> topics = java.util.stream.Stream.of("profile", "photo", "social-media-at-work", "linkedin")
                .map(id -> BUNDLED.tree(id).orElseThrow()).toList();
        nl.profielwijzer.engine.CombinedConsultation c = nl.profielwijzer.engine.CombinedConsultation.start(topics,
                BUNDLED.facts());
        while (!c.isFinished()) {
            nl.profielwijzer.engine.CombinedConsultation.Prompt p = c.frontier().orElseThrow();
            c = c.answer(p.key(), p.question().options().get(0).id());
        }
        CombinedAdviceReport report = CombinedAdviceReport.of(c, BUNDLED.sources(), Role.EMPLOYEE, language,
                java.time.ZonedDateTime.parse("2026-11-29T12:00:00+01:00"));
        byte[] pdf = AdvicePdf.bytes(report);
        assertTrue(PdfPages.render(pdf, 10).size() >= 2, "four topics take several pages");
        assertPdfUa(pdf);
    }
}
