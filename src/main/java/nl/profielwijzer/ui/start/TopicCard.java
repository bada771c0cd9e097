package nl.profielwijzer.ui.start;

/** A tree as the start screen offers it: its title, the headline question for the role, and its law-as-of date. */
public record TopicCard(String treeId, String title, String headline, String lawAsOf) {
}
