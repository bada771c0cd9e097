package nl.profielwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The architecture, checked on the compiled classes by ArchUnit (docs/decisions/0009): data flows one way,
 * tree → engine → advice → cli | ui; JavaFX stays in {@code ui} and the launcher; no package depends on itself
 * through others.
 */
@AnalyzeClasses(packages = "nl.profielwijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dataFlowsOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("nl.profielwijzer")
            .layer("Files").definedBy("nl.profielwijzer.files..")
            .layer("Tree").definedBy("nl.profielwijzer.tree..")
            .layer("Engine").definedBy("nl.profielwijzer.engine..")
            .layer("Advice").definedBy("nl.profielwijzer.advice..")
            .layer("Cli").definedBy("nl.profielwijzer.cli..")
            .layer("Ui").definedBy("nl.profielwijzer.ui..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Advice").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Advice", "Cli", "Ui")
            .whereLayer("Tree").mayOnlyBeAccessedByLayers("Engine", "Advice", "Cli", "Ui")
            .whereLayer("Files").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackages("nl.profielwijzer.ui..")
            .and().resideOutsideOfPackage("nl.profielwijzer")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("the command line must run without a display and the core is tested without a toolkit");

    @ArchTest
    static final ArchRule theLauncherLoadsNeitherPicocliNorJackson = noClasses()
            .that().resideInAPackage("nl.profielwijzer")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.fasterxml.jackson..")
            .because("the first frame must not wait for the command-line parser or the JSON library");

    /**
     * Every package outside the UI is a slice of its own ({@code tree} and {@code tree.json} apart); the UI is one
     * slice here, since its sub-packages still refer to each other both ways (the shell and its screens).
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("nl.profielwijzer")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.startsWith("nl.profielwijzer.ui") ? "nl.profielwijzer.ui.." : name);
        }

        @Override
        public String getDescription() {
            return "packages of nl.profielwijzer (the ui as one)";
        }
    };

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCommandLineNeverUsesTheUi = noClasses()
            .that().resideInAPackage("nl.profielwijzer.cli..")
            .should().dependOnClassesThat().resideInAPackage("nl.profielwijzer.ui..");
}
