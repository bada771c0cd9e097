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
}
