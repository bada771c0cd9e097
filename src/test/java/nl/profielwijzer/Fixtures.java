package nl.profielwijzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.profielwijzer.tree.LoadLimits;
import nl.profielwijzer.tree.json.Position;
import nl.profielwijzer.tree.Tree;
import nl.profielwijzer.tree.TreeLibrary;
import nl.profielwijzer.tree.TreeLibraryLoader;

/** Test fixtures: the demo tree (all four verdicts) and its register, and helpers to write variants of it. */
public final class Fixtures {
    /** A fixed "today" so date checks do not depend on the day the tests run. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private Fixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/valid/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String demoText() {
        return resource("demo.json");
    }

    /** Writes the register, the glossary and the given tree text as demo.json into the folder. */
    public static Path folderWith(Path dir, String treeText) {
        try {
            Files.writeString(dir.resolve("sources.json"), resource("sources.json"));
            Files.writeString(dir.resolve("glossary.json"), resource("glossary.json"));
            Files.writeString(dir.resolve("demo.json"), treeText);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TreeLibrary load(Path dir) {
        return new TreeLibraryLoader(LoadLimits.DEFAULT, TODAY).loadDirectory(dir);
    }

    public static Tree demo(Path dir) {
        return load(folderWith(dir, demoText())).tree("demo").orElseThrow();
    }

    /** The line and column (from 1) where {@code needle} starts in {@code text}. */
    public static Position positionOf(String text, String needle) {
        int index = text.indexOf(needle);
        if (index < 0) {
            throw new IllegalArgumentException("not in text: " + needle);
        }
        return positionAt(text, index);
    }

    /** The line and column (from 1) of the character at {@code offset} in {@code text}. */
    public static Position positionAt(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
