package nl.profielwijzer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void readsTreesFolderAndSmoke() {
        assertEquals(new LaunchOptions(Optional.of(Path.of("x")), true, Optional.empty()),
                LaunchOptions.parse(List.of("--trees", "x", "--smoke")));
        assertEquals(new LaunchOptions(Optional.of(Path.of("y")), false, Optional.empty()),
                LaunchOptions.parse(List.of("--trees=y")));
        assertEquals(new LaunchOptions(Optional.empty(), false, Optional.empty()), LaunchOptions.parse(List.of()));
    }

    @Test
    void onlyTheDesktopOptionsOpenTheDesktopApp() {
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {}));
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {"--smoke"}));
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {"--trees", "validate", "--smoke"}));
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {"--trees=dir"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"validate"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"valdate"}), "a typo goes to the command line");
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"--versoin"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"--help"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"--smoke", "trees"}));
    }

    @Test
    void anEmptyTreesFolderIsRefusedNotTakenAsTheCurrentFolder() {
        assertEquals(Optional.empty(), LaunchOptions.problem(new String[] {"--trees", "x"}));
        assertTrue(LaunchOptions.problem(new String[] {"--trees="}).isPresent());
        assertTrue(LaunchOptions.problem(new String[] {"--trees", ""}).isPresent());
        assertTrue(LaunchOptions.problem(new String[] {"--smoke", "--trees"}).isPresent());
    }

    @Test
    void aFileGivenByTheFileManagerIsTheAnswersToOpen() {
        assertEquals(Optional.of(Path.of("/home/a/mine.pwa.json")),
                LaunchOptions.parse(List.of("/home/a/mine.pwa.json")).answers());
        assertEquals(Optional.of(Path.of("b.pwa.json")),
                LaunchOptions.parse(List.of("--trees", "dir", "b.pwa.json")).answers());
        assertEquals(Optional.of(Path.of("dir")), LaunchOptions.parse(List.of("--trees", "dir")).trees());
        assertTrue(LaunchOptions.parse(List.of("--trees", "dir")).answers().isEmpty());
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {"/home/a/Mijn antwoorden.PWA.json"}),
                "the menu entry passes the file: it opens the desktop app, not the command line");
        assertTrue(LaunchOptions.isDesktopLaunch(new String[] {"--trees", "dir", "b.pwa.json"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"validate", "b.pwa.json"}));
        assertFalse(LaunchOptions.isDesktopLaunch(new String[] {"tree.json"}));
    }
}
