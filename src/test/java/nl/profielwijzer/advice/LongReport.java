package nl.profielwijzer.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Role;
import nl.profielwijzer.tree.Verdict;

/** A report with many long parts, each numbered so a test can find every one. */
final class LongReport {
    private static final String FILL = "De werkgever moet de afweging vastleggen, de werknemer vooraf informeren en"
            + " een minder ingrijpend alternatief overwegen wanneer dat redelijkerwijs mogelijk is";

    private LongReport() {
    }

    static AdviceReport of(Language language, int n) {
        List<AdviceReport.Answer> answers = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<AdviceReport.Reference> citations = new ArrayList<>();
        List<AdviceReport.ContestedView> views = new ArrayList<>();
        List<AdviceReport.Change> changes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            answers.add(new AdviceReport.Answer("q" + i, "Vraag " + i + ": " + FILL + " (vraag " + i + ")?", "o",
                    "Antwoord " + i));
            conditions.add("Voorwaarde " + i + ": " + FILL + " (voorwaarde " + i + ").");
            steps.add("Stap " + i + ": " + FILL + ", " + FILL.toLowerCase() + " (stap " + i + ").");
            citations.add(new AdviceReport.Reference("s" + i, "Wet", "art. " + i + " AVG", "lid " + i,
                    "Bron " + i + " met een titel van enige lengte",
                    "Samenvatting " + i + ": wat de bron zegt, in gewone woorden. " + FILL + " (samenvatting " + i + ").",
                    "https://wetten.overheid.nl/jci1.3:c:BWBR0040940&hoofdstuk=" + i
                            + "&paragraaf=2&artikel=" + i + "&z=2026-11-22&g=2026-11-22&very-long-parameter-" + i
                            + "=" + "x".repeat(40 + i)));
            if (i <= 3) {
                views.add(new AdviceReport.ContestedView("Houder " + i, "Standpunt " + i + ": " + FILL + ".",
                        List.of(citations.get(0))));
            }
            changes.add(new AdviceReport.Change("q" + i, "Vraag " + i, "Antwoord " + i, "x", "Ander antwoord " + i,
                    Set.of(Verdict.NO), "Nee — Mag niet (" + i + ")"));
        }
        return new AdviceReport(Fixtures.NOW, Role.EMPLOYER, language, "long", "Een lange boom over camera's",
                "2.3.1", LocalDate.of(2026, 11, 1), "Mag ik het eisen?", answers, "o", Verdict.YES_IF, Certainty.SETTLED,
                "Ja, als aan de voorwaarden is voldaan", "Toegestaan onder voorwaarden",
                "Uitleg eerste alinea. " + FILL + ".\nTweede alinea na een regeleinde. " + FILL + ".", conditions,
                views, steps, changes, citations, List.of(), ReportText.get(language, "report.disclaimer"));
    }
}
