package nl.profielwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Verdict;

/**
 * The advice PDF, read back with PDFBox. Fixed wording is checked against the words written out here, not against
 * the lookup the code uses, so a wrong, missing or untranslated text in report*.properties fails.
 */
class AdvicePdfTest {
    /** The role as the PDF names it: "U bent: werknemer" / "You are: employee". */
    private static String roleWord(Language l, Role r) {
        return l == Language.NL ? (r == Role.EMPLOYER ? "werkgever" : "werknemer")
                : (r == Role.EMPLOYER ? "employer" : "employee");
    }

    private static String pageOf(Language l, int page, int pages) {
        return (l == Language.NL ? "Pagina " + page + " van " : "Page " + page + " of ") + pages;
    }

    private static final Map<Verdict, String> ENGLISH_VERDICT = Map.of(Verdict.YES, "Yes", Verdict.YES_IF,
            "Yes, if conditions are met", Verdict.NO, "No", Verdict.UNCLEAR, "It depends");

    static Stream<Arguments> reports() {
        List<Arguments> out = new ArrayList<>();
        for (Language l : Language.values()) {
            for (Role r : Role.values()) {
                out.add(Arguments.of(l, r, new String[] {"client=no"}));
                out.add(Arguments.of(l, r, new String[] {"client=yes", "needed=partly"}));
                out.add(Arguments.of(l, r, new String[] {"client=yes", "needed=unsure"}));
                out.add(Arguments.of(l, r, new String[] {"client=yes", "needed=yes"}));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("reports")
    void theExtractedTextContainsEveryPartOfTheReport(Language language, Role role, String[] answers)
            throws IOException {
        AdviceReport r = Fixtures.report(language, role, answers);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            String text = PdfCheck.text(pdf);
            List<String> parts = new ArrayList<>(List.of(
                    TextReport.DATE_TIME.withLocale(language.locale()).format(r.createdAt()),
                    (language == Language.NL ? "U bent: " : "You are: ") + roleWord(language, role),
                    r.treeTitle(), r.treeVersion(),
                    TextReport.DATE.withLocale(language.locale()).format(r.lawAsOf()), r.headline(),
                    r.verdictLabel(), r.title(), r.explanation(), r.disclaimer(), language == Language.NL
                            ? "Dit is algemene informatie over de regels in Nederland. Het is geen juridisch advies"
                            : "This is general information about the rules in the Netherlands. It is not legal"));
            for (AdviceReport.Answer a : r.answers()) {
                parts.add(a.question());
                parts.add(a.answer());
            }
            parts.addAll(r.conditions());
            parts.addAll(r.nextSteps());
            for (AdviceReport.ContestedView v : r.views()) {
                parts.add(v.holder());
                parts.add(v.position());
                v.sources().forEach(s -> parts.add(s.citationText()));
            }
            for (AdviceReport.Change c : r.changes()) {
                parts.add(language == Language.NL
                        ? "Als u bij \"" + c.question() + "\" had gekozen voor \"" + c.otherAnswer() + "\" in plaats van \""
                                + c.currentAnswer() + "\": " + c.result()
                        : "Had you chosen \"" + c.otherAnswer() + "\" instead of \"" + c.currentAnswer() + "\" for \""
                                + c.question() + "\": " + c.result());
            }
            for (AdviceReport.Reference c : r.citations()) {
                parts.add(c.citationText());
                parts.add(c.title());
                parts.add(c.kind());
            }
            for (String part : parts) {
                assertTrue(text.contains(PdfCheck.normalize(part)), () -> "missing \"" + part + "\" in " + text);
            }
            for (AdviceReport.Reference c : r.citations()) {
                assertTrue(PdfCheck.withoutSpaces(text).contains(c.url()), c.url());
            }
        }
    }

    @Test
    void dutchAndEnglishUseTheirOwnWording() throws IOException {
        for (Language l : Language.values()) {
            AdviceReport r = Fixtures.report(l, Role.EMPLOYEE, "client=yes", "needed=unsure");
            try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
                String text = PdfCheck.text(pdf);
                List<String> headings = l == Language.NL
                        ? List.of("Wat kunt u nu doen?", "Uw antwoorden", "Wat zou de uitkomst veranderen?", "Bronnen",
                                "Hierover verschillen de meningen", "Omstreden punt")
                        : List.of("What can you do now?", "Your answers", "What would change the outcome?", "Sources",
                                "Opinions differ on this", "Contested point");
                for (String heading : headings) {
                    assertTrue(text.contains(heading) || text.contains(heading.toUpperCase(l.locale())),
                            l + " " + heading);
                }
                assertTrue(text.contains(pageOf(l, 1, pdf.getNumberOfPages())));
            }
        }
    }

    @Test
    void euroQuotesAndDashesPrint() throws IOException {
        AdviceReport r = Fixtures.report(Language.NL, Role.EMPLOYEE, "client=no");
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            assertTrue(PdfCheck.text(pdf).contains("Prijs: € 10.000 — “echt”."));
        }
    }

    @Test
    void aLongReportFlowsOverSeveralPagesWithoutLosingALine() throws IOException {
        AdviceReport r = LongReport.of(Language.NL, 30);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            assertTrue(pdf.getNumberOfPages() >= 4, "pages: " + pdf.getNumberOfPages());
            String body = PdfCheck.body(pdf);
            List<String> lines = new ArrayList<>();
            lines.add(r.explanation());
            lines.addAll(r.conditions());
            lines.addAll(r.nextSteps());
            r.answers().forEach(a -> lines.add(a.question()));
            r.views().forEach(v -> lines.add(v.position()));
            r.citations().forEach(c -> lines.add(c.title()));
            for (String line : lines) {
                assertTrue(body.contains(PdfCheck.normalize(line)), () -> "lost: " + line);
            }
            String joined = PdfCheck.withoutSpaces(body);
            r.citations().forEach(c -> assertTrue(joined.contains(c.url()), () -> "lost: " + c.url()));
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertTrue(PdfCheck.text(pdf).contains(pageOf(Language.NL, page, pdf.getNumberOfPages())));
            }
        }
    }

    @Test
    void nothingRunsOffThePage() throws IOException {
        AdviceReport r = LongReport.of(Language.EN, 12);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float right = p.getXDirAdj() + p.getWidthDirAdj();
                        if (p.getXDirAdj() < PdfStyles.PAGE.left() - 0.5f
                                || right > p.getPageWidth() - PdfStyles.PAGE.right() + 0.5f
                                || p.getYDirAdj() < 10 || p.getYDirAdj() > p.getPageHeight() - 10) {
                            outside.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(pdf);
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void theFontIsEmbeddedOnEveryPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(LongReport.of(Language.NL, 20)))) {
            for (PDPage page : pdf.getPages()) {
                int fonts = 0;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    fonts++;
                }
                assertTrue(fonts > 0);
            }
        }
    }

    @Test
    void citationLinksCarryTheFullUrls() throws IOException {
        AdviceReport r = Fixtures.report(Language.EN, Role.EMPLOYER, "client=yes", "needed=unsure");
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            List<String> uris = PdfCheck.linkUris(pdf);
            assertFalse(r.citations().isEmpty());
            for (AdviceReport.Reference c : r.citations()) {
                assertTrue(uris.contains(c.url()), c.url() + " not in " + uris);
            }
        }
        AdviceReport longOne = LongReport.of(Language.NL, 10);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(longOne))) {
            Set<String> uris = Set.copyOf(PdfCheck.linkUris(pdf));
            longOne.citations().forEach(c -> assertTrue(uris.contains(c.url()), c.url()));
        }
    }

    @Test
    void theMetadataNameTheDocumentAndItsLanguage() throws IOException {
        for (Language l : Language.values()) {
            AdviceReport r = Fixtures.report(l, Role.EMPLOYEE, "client=no");
            try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
                assertEquals((l == Language.NL ? "Advies van Profielwijzer" : "Advice from Profielwijzer") + ": Demo",
                        pdf.getDocumentInformation().getTitle());
                assertTrue(pdf.getDocumentInformation().getSubject().contains(r.verdictLabel()));
                assertEquals("Profielwijzer", pdf.getDocumentInformation().getCreator());
                assertEquals(l == Language.NL ? "nl-NL" : "en-GB", pdf.getDocumentCatalog().getLanguage());
                assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            }
        }
    }

    @Test
    void theRunningHeaderShowsTitleAndDateFromPageTwo() throws IOException {
        AdviceReport r = LongReport.of(Language.EN, 20);
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
            PDFTextStripper stripper = new PDFTextStripper();
            String date = TextReport.DATE.withLocale(Language.EN.locale()).format(r.createdAt());
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains(r.treeTitle()) && text.contains(date), "page " + page);
            }
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedNotFatal() throws IOException {
        AdviceReport base = Fixtures.report(Language.NL, Role.EMPLOYEE, "client=no");
        AdviceReport odd = new AdviceReport(base.createdAt(), base.role(), base.language(), base.treeId(),
                base.treeTitle(), base.treeVersion(), base.lawAsOf(), base.headline(), base.answers(),
                base.outcomeId(), base.verdict(), base.certainty(), base.verdictLabel(),
                "Titel met teken \u4E2D en\u0007bel", "Tab\there, zachte\u00ADhyphen, → ✓ ł ë é", base.conditions(),
                base.views(), base.nextSteps(), base.changes(), base.citations(), base.history(), base.disclaimer());
        try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(odd))) {
            String text = PdfCheck.text(pdf);
            assertTrue(text.contains("Titel met teken ? enbel"), text);
            assertTrue(text.contains("Tab here, zachtehyphen, → ✓ ł ë é"), text);
        }
    }

    @Test
    void writingToAFileReplacesItOnlyWhenComplete(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("advies.pdf");
        AdviceReport r = Fixtures.report(Language.NL, Role.EMPLOYEE, "client=no");
        assertEquals(1, AdvicePdf.write(r, target));
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        byte[] before = Files.readAllBytes(target);
        AdviceReport broken = new AdviceReport(r.createdAt(), r.role(), r.language(), r.treeId(), r.treeTitle(),
                r.treeVersion(), r.lawAsOf(), r.headline(), r.answers(), r.outcomeId(), r.verdict(), r.certainty(),
                r.verdictLabel(), null, r.explanation(), r.conditions(), r.views(), r.nextSteps(), r.changes(),
                r.citations(), r.history(), r.disclaimer());
        assertThrows(RuntimeException.class, () -> AdvicePdf.write(broken, target));
        assertArrayEquals(before, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary files left");
        }
    }

    @Test
    void aMissingFolderIsAnIoErrorAndNothingIsWritten(@TempDir Path dir) {
        AdviceReport r = Fixtures.report(Language.NL, Role.EMPLOYEE, "client=no");
        assertThrows(IOException.class, () -> AdvicePdf.write(r, dir.resolve("missing/advies.pdf")));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aReadOnlyFolderKeepsTheExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("advies.pdf");
        Files.writeString(target, "old");
        assumeTrue(dir.toFile().setWritable(false), "cannot make the folder read-only");
        try {
            assumeTrue(!Files.isWritable(dir), "running as a user who may write anyway (root)");
            AdviceReport r = Fixtures.report(Language.NL, Role.EMPLOYEE, "client=no");
            assertThrows(IOException.class, () -> AdvicePdf.write(r, target));
            assertEquals("old", Files.readString(target));
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    @Test
    void everyVerdictGetsItsBox() throws IOException {
        for (Verdict v : Verdict.values()) {
            AdviceReport base = LongReport.of(Language.EN, 1);
            AdviceReport r = new AdviceReport(base.createdAt(), base.role(), base.language(), base.treeId(),
                    base.treeTitle(), base.treeVersion(), LocalDate.of(2026, 1, 1), base.headline(), base.answers(),
                    base.outcomeId(), v, Certainty.SETTLED, ENGLISH_VERDICT.get(v), base.title(),
                    base.explanation(), base.conditions(), base.views(), base.nextSteps(), base.changes(),
                    base.citations(), List.of(), base.disclaimer());
            try (PDDocument pdf = Loader.loadPDF(AdvicePdf.bytes(r))) {
                assertTrue(PdfCheck.text(pdf).contains(ENGLISH_VERDICT.get(v)));
            }
        }
    }
}
