package nl.profielwijzer.ui.conclusion;

import java.util.ArrayList;
import java.util.List;

import nl.profielwijzer.advice.AdviceReport;
import nl.profielwijzer.advice.CombinedAdviceReport;
import nl.profielwijzer.engine.CombinedConsultation;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.ui.dialogs.Browser;
import nl.profielwijzer.ui.i18n.I18n;
import nl.profielwijzer.ui.shell.ConsultationSession;
import nl.profielwijzer.ui.shell.ShellViewModel;

/**
 * The conclusion of the whole-company check: the combined advice ({@link CombinedAdviceReport}) for the role, in
 * the current language, and one {@link ConclusionViewModel} per topic so that each topic's part is the single
 * topic's conclusion, reused. "Change" on a topic's answer goes back to that question in the combined walk.
 */
public final class CombinedConclusionViewModel {
    private final ShellViewModel shell;
    private final I18n i18n;
    private final AdviceActions actions;
    private final CombinedConsultation combined;
    private final CombinedAdviceReport report;
    private final List<ConclusionViewModel> topics = new ArrayList<>();
    private final ConsultationSession session;

    public CombinedConclusionViewModel(ConsultationSession session, ShellViewModel shell, Browser browser,
            I18n i18n, AdviceActions actions, Runnable showMap) {
        this.session = session;
        this.shell = shell;
        this.i18n = i18n;
        this.actions = actions;
        this.combined = session.combined();
        this.report = AdviceActions.combinedReportOf(session, i18n);
        for (int i = 0; i < report.topics().size(); i++) {
            AdviceReport topic = report.topics().get(i);
            Tree tree = combined.topics().get(i);
            topics.add(new ConclusionViewModel(session, shell, browser, i18n, actions, showMap, topic, tree,
                    questionId -> tree.question(questionId).map(q -> CombinedConsultation.key(tree, q))
                            .orElse(questionId)));
        }
    }

    public CombinedAdviceReport report() {
        return report;
    }

    /** Each topic's part, in the order of the summary. */
    public List<ConclusionViewModel> topics() {
        return List.copyOf(topics);
    }

    /** How a summary row looks: as the topic's own banner. */
    public BannerTone tone(int topic) {
        CombinedAdviceReport.TopicSummary row = report.summary().get(topic);
        return BannerTone.of(combined.topics().get(topic), report.role(), row.verdict());
    }

    /** "Several topics · You are the employee". */
    public String roleLine() {
        return topics.get(0).roleLine();
    }

    /** Back to the last question of the walk. */
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

    /** Copies the combined advice as text; true when it is on the clipboard. */
    public boolean copy() {
        return actions.copy();
    }
}
