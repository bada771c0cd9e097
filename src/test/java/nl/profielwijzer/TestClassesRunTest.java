package nl.profielwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The guard that every test class runs in {@code mvn verify}: a class with tests (any method or field whose
 * annotation is {@code @Testable}: JUnit's {@code @Test}, {@code @ParameterizedTest}, jqwik's {@code @Property},
 * ArchUnit's {@code @ArchTest}, ...) must match one of Surefire's {@code <includes>} in pom.xml, or Surefire never
 * runs it. A nested class runs through its outer class, so it must be {@code @Nested}.
 */
class TestClassesRunTest {

    @Test
    void everyClassWithTestsMatchesSurefiresIncludes() throws Exception {
        List<Pattern> includes = surefireIncludes(Path.of("pom.xml"));
        assertFalse(includes.isEmpty(), "pom.xml names the test classes Surefire runs");
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("nl.profielwijzer");
        List<String> notRun = new ArrayList<>();
        int withTests = 0;
        for (JavaClass c : tests) {
            if (!hasTests(c) || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                continue;
            }
            withTests++;
            if (c.getEnclosingClass().isPresent()) {
                if (!c.isAnnotatedWith(Nested.class)) {
                    notRun.add(c.getName() + " (a nested class with tests that is not @Nested)");
                }
                continue;
            }
            String file = c.getName().replace('.', '/') + ".java";
            if (includes.stream().noneMatch(p -> p.matcher(file).matches())) {
                notRun.add(c.getName() + " (its name matches none of Surefire's includes in pom.xml)");
            }
        }
        assertFalse(withTests < 20, "found the test classes (" + withTests + ")");
        assertEquals(List.of(), notRun, "test classes that mvn verify would never run");
    }

    private static boolean hasTests(JavaClass c) {
        List<JavaMember> members = new ArrayList<>(c.getMethods());
        members.addAll(c.getFields());
        return members.stream().anyMatch(m -> m.isAnnotatedWith(Testable.class) || m.isMetaAnnotatedWith(Testable.class));
    }

    /** The {@code <include>} patterns of maven-surefire-plugin, as regular expressions over class file paths. */
    static List<Pattern> surefireIncludes(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        List<Pattern> out = new ArrayList<>();
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"maven-surefire-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            NodeList includes = plugin.getElementsByTagName("include");
            for (int j = 0; j < includes.getLength(); j++) {
                out.add(glob(includes.item(j).getTextContent().trim()));
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
    }

    /** Surefire's glob: {@code **}/ any folders, {@code *} any characters within a name. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(.*/)?");
                i += 2;
            } else if (ch == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Test
    void globsReadAsSurefireReadsThem() {
        assertFalse(glob("**/*Test.java").matcher("nl/profielwijzer/engine/ConsultationProperties.java").matches());
        assertFalse(!glob("**/*Test.java").matcher("nl/profielwijzer/cli/CliTest.java").matches());
        assertFalse(!glob("**/*Properties.java").matcher("nl/profielwijzer/engine/ConsultationProperties.java")
                .matches());
    }
}
