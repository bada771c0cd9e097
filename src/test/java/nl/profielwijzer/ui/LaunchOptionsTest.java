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
        assertEquals(new LaunchOptions(Optional.of(Path.of("x")), true),
                LaunchOptions.parse(List.of("--trees", "x", "--smoke")));
        assertEquals(new LaunchOptions(Optional.of(Path.of("y")), false), LaunchOptions.parse(List.of("--trees=y")));
        assertEquals(new LaunchOptions(Optional.empty(), false), LaunchOptions.parse(List.of()));
    }

    @Test
    void desktopOptionsAreNotMistakenForCommands() {
        assertTrue(LaunchOptions.isDesktopOption("--smoke"));
        assertTrue(LaunchOptions.isDesktopOption("--trees"));
        assertTrue(LaunchOptions.isDesktopOption("--trees=dir"));
        assertFalse(LaunchOptions.isDesktopOption("validate"));
        assertFalse(LaunchOptions.isDesktopOption("--help"));
    }
}
