package nl.profielwijzer.ui.conclusion;

import java.util.List;
import java.util.function.UnaryOperator;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.tree.Certainty;
import nl.profielwijzer.tree.GlossaryEntry;
import nl.profielwijzer.tree.Language;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.Verdict;
import nl.profielwijzer.ui.dialogs.Browser;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/** The conclusion: the advice report of the finished consultation, for the role, in the current language. */
public final class ConclusionViewModel {
    private final ConsultationSession session;
    private final ShellViewModel shell;
    private final Browser browser;
    private final I18n i18n;
    private final AdviceActions actions;
    private final Runnable showMap;
    private final AdviceReport report;
    private final Tree tree;
    /** From a question id of this topic to what the session jumps to (the store key in the combined walk). */
    private final UnaryOperator<String> jumpKey;

    /**
     * @param actions print, save as PDF and copy the advice
     * @param showMap opens the map of the tree with the path to this conclusion
     */
    public ConclusionViewModel(ConsultationSession session, ShellViewModel shell, Browser browser, I18n i18n,
            AdviceActions actions, Runnable showMap) {
        this(session, shell, browser, i18n, actions, showMap, AdviceActions.reportOf(session, i18n),
                session.consultation().tree(), UnaryOperator.identity());
    }

    /**
     * One topic's part of the whole-company check's conclusion.
     *
     * @param report  the topic's advice
     * @param tree    the topic
     * @param jumpKey from a question id of the topic to the key the session jumps to
     */
    ConclusionViewModel(ConsultationSession session, ShellViewModel shell, Browser browser, I18n i18n,
            AdviceActions actions, Runnable showMap, AdviceReport report, Tree tree, UnaryOperator<String> jumpKey) {
        this.session = session;
        this.shell = shell;
        this.browser = browser;
        this.i18n = i18n;
        this.actions = actions;
        this.showMap = showMap;
        this.report = report;
        this.tree = tree;
        this.jumpKey = jumpKey;
    }

    public AdviceReport report() {
        return report;
    }

    /**
     * Under a likely verdict, in words, that it is the likely outcome; empty for a settled verdict and for
     * "unclear" (whose banner already says so).
     */
    public String certaintyNote() {
        return report.certainty() == Certainty.LIKELY && report.verdict() != Verdict.UNCLEAR
                ? i18n.get("conclusion.certainty.likely") : "";
    }

    public String lawAsOf() {
        return i18n.format("conclusion.lawAsOf", i18n.date(report.lawAsOf()));
    }

    public String roleLine() {
        String role = switch (report.role()) {
            case EMPLOYER -> i18n.get("role.employer");
            case EMPLOYEE -> i18n.get("role.employee");
        };
        return i18n.format("conclusion.role", role);
    }

    public List<GlossaryEntry> glossary() {
        return session.glossary();
    }

    public Language language() {
        return i18n.language();
    }

    /** Goes back to a question to change its answer. */
    public void change(String questionId) {
        session.jumpTo(jumpKey.apply(questionId));
    }

    /** Back to the last question. */
    public void back() {
        session.back();
    }

    public void startOver() {
        shell.startOver();
    }

    public void save() {
        shell.saveAnswers();
    }

    public void print() {
        actions.print();
    }

    public void savePdf() {
        actions.savePdf();
    }

    /** Copies the advice as text; true when it is on the clipboard. */
    public boolean copy() {
        return actions.copy();
    }

    public void showMap() {
        showMap.run();
    }

    public boolean mayOpen(String url) {
        return Browser.mayOpen(url);
    }

    /** Opens a citation in the browser; when there is none, says so and offers to copy the address. */
    public void open(String url) {
        if (mayOpen(url) && !browser.open(url)) {
            actions.offerCopy(i18n.get("link.noBrowser.title"), i18n.format("link.noBrowser.message", url), url);
        }
    }

    /** How the banner looks: from the verdict and whether it is good news for this role (the tree says). */
    public BannerTone tone() {
        return BannerTone.of(tree, report.role(), report.verdict());
    }
}
