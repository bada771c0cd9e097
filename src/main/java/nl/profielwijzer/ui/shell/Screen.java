package nl.profielwijzer.ui.shell;

import nl.profielwijzer.engine.Consultation;
import nl.profielwijzer.tree.Outcome;

/** The three screens of the wizard; which one shows follows from the consultation. */
public enum Screen {
    START, QUESTION, CONCLUSION;

    public static Screen of(Consultation consultation) {
        if (consultation == null) {
            return START;
        }
        return consultation.current() instanceof Outcome ? CONCLUSION : QUESTION;
    }
}
