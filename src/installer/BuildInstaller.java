import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the installable app: {@code mvn -Pinstaller package} runs this file with the JDK that runs Maven
 * ({@code java src/installer/BuildInstaller.java TARGET_DIR VERSION MAIN_CLASS MODULES}). See ADR 0014.
 *
 * <ol>
 * <li>checks the tools: jlink needs the JDK's {@code jmods} folder, a Linux .deb needs fakeroot and dpkg-deb;</li>
 * <li>stages the jar, its libraries and JavaFX's native libraries (taken out of the JavaFX jars now, so JavaFX
 *     never unpacks them into the user's home folder at run time) in {@code target/installer/input};</li>
 * <li>links a trimmed runtime with jlink and makes the app image {@code target/installer/Profielwijzer} with
 *     jpackage: the desktop launcher and a command-line launcher;</li>
 * <li>trains a class list on {@code --smoke} (the first frame) and {@code validate} (a command) and ships it;</li>
 * <li>packages the installer for this OS (.deb; .msi; .dmg and .pkg);</li>
 * <li>dumps the class-data archive (AppCDS) for the image where it lies (the .deb dumps its own on install,
 *     as an archive is only valid at the path it was made for), and smoke-checks the image: {@code --smoke}
 *     with an empty home folder that must stay empty, and {@code validate} on the bundled trees.</li>
 * </ol>
 * Any failure stops the build with a message that says what to do. Only standard Java, so it runs on every OS.
 */
public final class BuildInstaller {
    static final String NAME = "Profielwijzer";
    /** The command-line launcher. Windows and macOS fold case, so there it cannot be called "profielwijzer". */
    static final String CLI_NAME = os() == Os.LINUX ? "profielwijzer" : "profielwijzer-cli";
    static final String CLASS_LIST = "profielwijzer.classlist";
    static final String ARCHIVE = "profielwijzer.jsa";
    /**
     * Launcher JVM options, each chosen by measurement (docs/benchmarks.md, "Installed app"): the class-data
     * archive; C1 only (a short-lived desktop app never profits from C2); the serial collector (one small heap,
     * no GC threads to start); no perf-data file in the temp folder (it holds the command line: a trace).
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "--enable-native-access=ALL-UNNAMED");
    static final long TIMEOUT_SECONDS = 120;

    enum Os { LINUX, WINDOWS, MAC }

    private final Path target;
    private final Path out;
    private final String version;
    private final String mainClass;
    private final String modules;
    private final Path javaHome = Path.of(System.getProperty("java.home"));

    BuildInstaller(Path target, String version, String mainClass, String modules) {
        this.target = target;
        this.out = target.resolve("installer");
        this.version = version;
        this.mainClass = mainClass;
        this.modules = modules;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            fail("usage: java BuildInstaller.java TARGET_DIR VERSION MAIN_CLASS MODULES");
        }
        try {
            new BuildInstaller(Path.of(args[0]).toAbsolutePath(), args[1], args[2], args[3]).build();
        } catch (BuildFailure e) {
            System.err.println();
            System.err.println("[installer] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    void build() throws Exception {
        checkTools();
        deleteRecursively(out);
        Path input = stageInput();
        Path runtime = link();
        Path image = appImage(input, runtime);
        Path appDir = appDir(image);
        try (Display display = Display.open()) {
            train(image, appDir, display);
            packageInstallers(image);
            dumpArchive(image, appDir);
            smokeCheck(image, display);
        }
        log("done: " + image + " and the installer(s) in " + out);
    }

    // ---- 1. tools ----

    void checkTools() {
        Path jmods = javaHome.resolve("jmods");
        if (!Files.isDirectory(jmods) || !Files.exists(jmods.resolve("java.base.jmod"))) {
            throw new BuildFailure("jlink needs the JDK's jmods folder, and " + jmods + " does not exist.\n"
                    + "  Use a JDK that ships jmods, e.g. on Debian/Ubuntu `apt-get install openjdk-17-jmods`"
                    + " (Debian 12: part of openjdk-17-jdk-headless) and then\n"
                    + "  JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 mvn -Pinstaller package\n"
                    + "  (Eclipse Temurin 17 and 21 include jmods; Temurin 25 does not.)");
        }
        if (!Files.isExecutable(tool("jpackage"))) {
            throw new BuildFailure("the JDK at " + javaHome + " has no jpackage (JDK 16 or newer has it).");
        }
        if (os() == Os.LINUX) {
            for (String needed : List.of("fakeroot", "dpkg-deb")) {
                if (onPath(needed) == null) {
                    throw new BuildFailure("jpackage needs `" + needed + "` to build a .deb:"
                            + " apt-get install fakeroot dpkg");
                }
            }
        }
    }

    // ---- 2. input: jar, libraries, native libraries ----

    Path stageInput() throws IOException {
        Path input = out.resolve("input");
        Path lib = input.resolve("lib");
        Files.createDirectories(lib);
        Path jar = target.resolve("profielwijzer.jar");
        if (!Files.exists(jar)) {
            throw new BuildFailure(jar + " is missing: run the package phase (mvn -Pinstaller package).");
        }
        Files.copy(jar, input.resolve(jar.getFileName()));
        List<Path> jars;
        try (Stream<Path> files = Files.list(target.resolve("lib"))) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path j : jars) {
            Files.copy(j, lib.resolve(j.getFileName()));
        }
        // JavaFX looks for its native libraries beside its jar before it unpacks them into ~/.openjfx/cache:
        // in ../lib (Linux), ../bin (Windows) or .. (macOS) of the jar's folder.
        Path natives = switch (os()) {
            case LINUX -> lib;
            case WINDOWS -> input.resolve("bin");
            case MAC -> input;
        };
        Files.createDirectories(natives);
        int count = 0;
        for (Path j : jars) {
            if (!j.getFileName().toString().startsWith("javafx-")) {
                continue;
            }
            try (ZipFile zip = new ZipFile(j.toFile())) {
                for (ZipEntry entry : zip.stream().map(ZipEntry.class::cast).toList()) {
                    String name = entry.getName();
                    if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                            || name.endsWith(".dylib"))) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, natives.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                        count++;
                    }
                }
            }
        }
        if (count == 0) {
            throw new BuildFailure("no JavaFX native libraries found in " + target.resolve("lib")
                    + " (the JavaFX jars for this OS are missing)");
        }
        log("staged " + jars.size() + " libraries and " + count + " JavaFX native libraries");
        return input;
    }

    // ---- 3. runtime and app image ----

    Path link() {
        Path runtime = out.resolve("runtime");
        run(List.of(tool("jlink").toString(), "--add-modules", modules,
                "--include-locales=en,nl", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--generate-cds-archive",
                "--output", runtime.toString()), Map.of(), null);
        return runtime;
    }

    Path appImage(Path input, Path runtime) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(tool("jpackage").toString(), "--type", "app-image",
                "--name", NAME, "--app-version", version, "--vendor", NAME,
                "--description", "What may a Dutch employer demand of an employee online?",
                "--input", input.toString(), "--main-jar", "profielwijzer.jar", "--main-class", mainClass,
                "--runtime-image", runtime.toString(), "--dest", out.toString(), "--icon", icon().toString()));
        for (String option : JAVA_OPTIONS) {
            cmd.add("--java-options");
            cmd.add(option);
        }
        Path cli = out.resolve("cli-launcher.properties");
        Files.writeString(cli, (os() == Os.WINDOWS ? "win-console=true\n" : "")
                + (os() == Os.LINUX ? "linux-shortcut=false\n" : ""));
        cmd.addAll(List.of("--add-launcher", CLI_NAME + "=" + cli));
        run(cmd, Map.of(), null);
        Path image = out.resolve(os() == Os.MAC ? NAME + ".app" : NAME);
        log("app image: " + image);
        return image;
    }

    /** The folder jpackage calls $APPDIR: the jars, the class list and the archive. */
    static Path appDir(Path image) {
        return switch (os()) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    static Path launcher(Path image, String name) {
        return switch (os()) {
            case LINUX -> image.resolve("bin").resolve(name);
            case WINDOWS -> image.resolve(name + ".exe");
            case MAC -> image.resolve("Contents/MacOS").resolve(name);
        };
    }

    // ---- 4. class list ----

    /** Records the classes a first frame and a command load, merged into one list shipped in the image. */
    void train(Path image, Path appDir, Display display) throws IOException {
        Path work = Files.createDirectories(out.resolve("training"));
        Path gui = work.resolve("smoke.classlist");
        Path cli = work.resolve("validate.classlist");
        Path home = Files.createDirectories(work.resolve("home"));
        run(List.of(launcher(image, NAME).toString(), "--smoke"),
                display.env(home, Map.of("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + gui)), "first-frame-ms=");
        run(List.of(launcher(image, CLI_NAME).toString(), "validate"),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + cli), null);
        // Only builtin-loader classes appear; their "id: N" suffixes are only needed by custom loaders and would
        // clash between the two lists.
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : List.of(gui, cli)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line.replaceFirst(" id: \\d+$", ""));
                }
            }
        }
        Files.write(appDir.resolve(CLASS_LIST), lines, StandardCharsets.UTF_8);
        log("class list: " + lines.size() + " entries");
    }

    // ---- 5. installers ----

    void packageInstallers(Path image) throws IOException {
        List<String> types = switch (os()) {
            case LINUX -> List.of("deb");
            case WINDOWS -> List.of("msi");
            case MAC -> List.of("dmg", "pkg");
        };
        Path associations = out.resolve("pwa-json.properties");
        Files.writeString(associations, "extension=pwa.json\n"
                + "mime-type=application/x-profielwijzer-answers\n"
                + "description=Profielwijzer answers\n"
                + "icon=" + icon() + "\n");
        for (String type : types) {
            List<String> cmd = new ArrayList<>(List.of(tool("jpackage").toString(), "--type", type,
                    "--app-image", image.toString(), "--name", NAME, "--app-version", version,
                    "--vendor", NAME, "--description", "What may a Dutch employer demand of an employee online?",
                    "--dest", out.toString(), "--file-associations", associations.toString()));
            switch (os()) {
                case LINUX -> {
                    cmd.addAll(List.of("--linux-package-name", "profielwijzer", "--linux-shortcut",
                            "--linux-menu-group", "Office;Education;", "--linux-app-category", "misc",
                            "--linux-deb-maintainer", "profielwijzer@example.invalid",
                            "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64, libxtst6",
                            "--resource-dir", linuxResources().toString()));
                }
                case WINDOWS -> cmd.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                        "--win-dir-chooser", "--win-upgrade-uuid", "6f0b7f2e-6a59-4d31-9a55-2d7c4f1b9e10"));
                case MAC -> cmd.addAll(List.of("--mac-package-name", NAME));
            }
            run(cmd, Map.of(), null);
        }
    }

    /**
     * The .deb's own files: scripts that link the command into /usr/bin and dump the class-data archive where the
     * app is installed; the menu entry (it opens a file it is given: %f); the command-line launcher's entry, hidden
     * from the menu (jpackage would list it as a second app).
     */
    Path linuxResources() throws IOException {
        Path dir = Files.createDirectories(out.resolve("resources"));
        Path source = target.getParent().resolve("src/installer/linux");
        for (String name : List.of("postinst", "prerm", NAME + ".desktop", CLI_NAME + ".desktop")) {
            Files.copy(source.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    // ---- 6. archive and smoke check ----

    /** A static archive from the class list, made by the launcher itself so the class path matches exactly. */
    void dumpArchive(Path image, Path appDir) {
        run(List.of(launcher(image, CLI_NAME).toString()), Map.of("JAVA_TOOL_OPTIONS",
                "-Xshare:dump -XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST)), null);
        if (!Files.exists(appDir.resolve(ARCHIVE))) {
            throw new BuildFailure("the class-data archive " + appDir.resolve(ARCHIVE) + " was not written");
        }
    }

    void smokeCheck(Path image, Display display) throws IOException {
        Path home = Files.createDirectories(out.resolve("smoke-home"));
        String frame = run(List.of(launcher(image, NAME).toString(), "--smoke"), display.env(home, Map.of()),
                "first-frame-ms=");
        try (Stream<Path> left = Files.list(home)) {
            List<Path> traces = left.toList();
            if (!traces.isEmpty()) {
                throw new BuildFailure("--smoke left files in an empty home folder: " + traces);
            }
        }
        run(List.of(launcher(image, CLI_NAME).toString(), "validate"), Map.of(), null);
        log("smoke check passed: " + frame.strip() + ", validate exit 0, home folder left empty");
    }

    // ---- helpers ----

    /** A display for the GUI runs: $DISPLAY if set (and on Windows and macOS), else a private Xvfb. */
    static final class Display implements AutoCloseable {
        private final String name;
        private final Process xvfb;
        private final Path runtimeDir;

        private Display(String name, Process xvfb, Path runtimeDir) {
            this.name = name;
            this.xvfb = xvfb;
            this.runtimeDir = runtimeDir;
        }

        static Display open() throws IOException {
            String current = System.getenv("DISPLAY");
            if (os() != Os.LINUX || (current != null && !current.isBlank())) {
                return new Display(current, null, Files.createTempDirectory("pw-xdg-runtime"));
            }
            if (onPath("Xvfb") == null) {
                throw new BuildFailure("the smoke check starts the app, which needs a display: set DISPLAY, or"
                        + " install Xvfb (apt-get install xvfb) and the build starts its own.");
            }
            Path runtimeDir = Files.createTempDirectory("pw-xdg-runtime");
            Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                    "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            StringBuilder number = new StringBuilder();
            int c;
            while ((c = xvfb.getInputStream().read()) != -1 && c != '\n') {
                number.append((char) c);
            }
            if (number.length() == 0) {
                xvfb.destroy();
                throw new BuildFailure("Xvfb did not start");
            }
            log("started Xvfb on :" + number);
            return new Display(":" + number, xvfb, runtimeDir);
        }

        /** The environment of a GUI run: this display, the given home, a session runtime folder as a desktop has. */
        Map<String, String> env(Path home, Map<String, String> extra) {
            Map<String, String> env = new java.util.HashMap<>(extra);
            if (name != null) {
                env.put("DISPLAY", name);
            }
            env.put("HOME", home.toString());
            env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
            return env;
        }

        @Override
        public void close() throws IOException {
            if (xvfb != null) {
                xvfb.destroy();
            }
            deleteRecursively(runtimeDir);
        }
    }

    /** Runs a command with a time limit; fails the build on a non-zero exit or when expected output is missing. */
    static String run(List<String> cmd, Map<String, String> env, String mustPrint) {
        log("$ " + String.join(" ", cmd));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BuildFailure("timed out after " + TIMEOUT_SECONDS + " s: " + cmd.get(0));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new BuildFailure("exit " + p.exitValue() + " from " + String.join(" ", cmd) + "\n" + text);
            }
            if (mustPrint != null) {
                return text.lines().filter(l -> l.startsWith(mustPrint)).findFirst().orElseThrow(
                        () -> new BuildFailure(cmd.get(0) + " did not print " + mustPrint + "\n" + text));
            }
            return text;
        } catch (IOException e) {
            throw new BuildFailure("could not run " + cmd.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted");
        }
    }

    Path tool(String name) {
        return javaHome.resolve("bin").resolve(os() == Os.WINDOWS ? name + ".exe" : name);
    }

    Path icon() {
        Path icons = target.getParent().resolve("icons");
        return switch (os()) {
            case LINUX -> icons.resolve("app-256.png");
            case WINDOWS -> icons.resolve("app.ico");
            case MAC -> icons.resolve("app.icns");
        };
    }

    static Os os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
    }

    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void log(String message) {
        System.out.println("[installer] " + message);
    }

    static void fail(String message) {
        System.err.println("[installer] " + message);
        System.exit(2);
    }

    /** A build step that cannot go on, with a message that says what to do. */
    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }
}
