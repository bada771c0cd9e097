package nl.profielwijzer.ui.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether JavaFX's {@code HostServices.showDocument} can show anything here. On Linux it starts the first of a
 * fixed list of programs it finds on the PATH and silently does nothing when there is none; Windows and macOS
 * always have a program for links and files. Checked on each use (a viewer may be installed meanwhile).
 */
final class SystemOpener {
    /** The programs JavaFX tries on Linux, in its order (javafx.graphics, HostServicesDelegate). */
    static final List<String> LINUX_PROGRAMS = List.of("xdg-open", "google-chrome", "firefox", "opera",
            "konqueror", "mozilla");

    private SystemOpener() {
    }

    static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return onPath(System.getenv("PATH"));
    }

    /** Whether one of {@link #LINUX_PROGRAMS} is an executable file in a folder of {@code path}. */
    static boolean onPath(String path) {
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String program : LINUX_PROGRAMS) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}
