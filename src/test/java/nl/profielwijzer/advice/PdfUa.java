package nl.profielwijzer.advice;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/UA-1 validation with veraPDF (its PDF/UA-1 profile, the Matterhorn-based machine checks). */
final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /**
     * The failed rules of the PDF, one line each ("7.18.5-2 (3×): Links shall contain an alternate description …"),
     * empty when it is valid PDF/UA-1.
     */
    static List<String> problems(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<TestAssertion>> failed = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            k -> new ArrayList<>()).add(a);
                }
            }
            List<String> out = new ArrayList<>();
            failed.forEach((rule, list) -> out.add(rule + " (" + list.size() + "×): " + list.get(0).getMessage()
                    + " at " + list.get(0).getLocation().getContext()));
            if (out.isEmpty() && !result.isCompliant()) {
                out.add("not compliant, but no failed assertion was reported");
            }
            return out;
        }
    }
}
