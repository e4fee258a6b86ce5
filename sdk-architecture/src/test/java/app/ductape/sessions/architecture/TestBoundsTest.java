package app.ductape.sessions.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every module's tests run under the same bounds: the parent's Surefire block (a timeout per test and per
 * lifecycle method, a thread dump when one is hit, a bound on each test JVM), repeated only by the module on
 * Boot's parent, and overridden by none. Every module with tests has the process reaper on its test class path.
 */
class TestBoundsTest {
    private static final Path ROOT = Path.of("..");
    /** The modules on Spring Boot's parent, not the reactor's: each repeats the parent's bounds. */
    private static final List<String> ON_BOOTS_PARENT = List.of("sdk-spring-boot3-tests", "sdk-spring-boot3-tracing-tests");

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The Surefire settings that bound tests, from the first Surefire plugin block of a pom (profiles aside). */
    private static Map<String, String> bounds(Path file) throws Exception {
        Document pom = pom(file);
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            boolean surefire = "maven-surefire-plugin".equals(text(plugin, "artifactId"));
            boolean inProfile = ancestorNamed(plugin, "profile");
            if (surefire && !inProfile) {
                NodeList parameters = plugin.getElementsByTagName("configurationParameters");
                String where = parameters.getLength() == 0 ? "" : parameters.item(0).getParentNode().getNodeName();
                return Map.of(
                    // Surefire reads them inside <properties> only; anywhere else it drops them without a word
                    "configurationParameters in", where,
                    "configurationParameters", normalised(text(plugin, "configurationParameters")),
                    "forkedProcessTimeoutInSeconds", text(plugin, "forkedProcessTimeoutInSeconds"),
                    "forkedProcessExitTimeoutInSeconds", text(plugin, "forkedProcessExitTimeoutInSeconds"),
                    "ductape.test.fork.timeout", text(pom.getDocumentElement(), "ductape.test.fork.timeout"));
            }
        }
        throw new AssertionError(file + " configures no maven-surefire-plugin");
    }

    private static boolean ancestorNamed(Element element, String name) {
        for (org.w3c.dom.Node node = element.getParentNode(); node != null; node = node.getParentNode()) {
            if (name.equals(node.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }

    private static String normalised(String properties) {
        return properties.lines().map(String::strip).filter(line -> !line.isEmpty())
            .map(line -> line.replaceAll("\\s*=\\s*", "=")).collect(Collectors.joining("\n"));
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(dir -> Files.exists(dir.resolve("pom.xml")) && dir.getFileName().toString()
                .startsWith("sdk-")).sorted().toList();
        }
    }

    @Test
    void theParentBoundsEveryTestAndDumpsTheThreadsOfOneThatHangs() throws Exception {
        Map<String, String> bounds = bounds(ROOT.resolve("pom.xml"));

        assertThat(bounds.get("configurationParameters in")).isEqualTo("properties");
        assertThat(bounds.get("configurationParameters")).isEqualTo(String.join("\n",
            "junit.jupiter.execution.timeout.default=5 m",
            "junit.jupiter.execution.timeout.testable.method.default=2 m",
            "junit.jupiter.execution.timeout.threaddump.enabled=true"));
        assertThat(bounds.get("forkedProcessTimeoutInSeconds")).isEqualTo("${ductape.test.fork.timeout}");
        assertThat(Integer.parseInt(bounds.get("ductape.test.fork.timeout"))).isPositive();
        assertThat(Integer.parseInt(bounds.get("forkedProcessExitTimeoutInSeconds"))).isPositive();
    }

    @Test
    void theModulesOnBootsParentRepeatTheParentsBounds() throws Exception {
        for (String module : ON_BOOTS_PARENT) {
            assertThat(bounds(ROOT.resolve(module).resolve("pom.xml"))).as(module)
                .isEqualTo(bounds(ROOT.resolve("pom.xml")));
        }
    }

    private static boolean onBootsParent(Path module) {
        return ON_BOOTS_PARENT.stream().anyMatch(module::endsWith);
    }

    @Test
    void noOtherModuleChangesTheBounds() throws Exception {
        for (Path module : modules()) {
            if (onBootsParent(module)) {
                continue;
            }
            String pom = Files.readString(module.resolve("pom.xml"));
            assertThat(pom).as(module + "/pom.xml").doesNotContain("configurationParameters")
                .doesNotContain("forkedProcessTimeoutInSeconds").doesNotContain("forkedProcessExitTimeoutInSeconds")
                .doesNotContain("junit.jupiter.execution.timeout").doesNotContain("ductape.test.fork.timeout");
            Path properties = module.resolve("src/test/resources/junit-platform.properties");
            if (Files.exists(properties)) {
                assertThat(Files.readString(properties)).as(properties.toString())
                    .doesNotContain("junit.jupiter.execution.timeout");
            }
        }
    }

    @Test
    void everyModuleWithTestsHasTheProcessReaper() throws Exception {
        for (Path module : modules()) {
            boolean runsTests = Files.isDirectory(module.resolve("src/test/java")) || onBootsParent(module);
            if (runsTests && !module.endsWith("sdk-test-support")) {
                assertThat(Files.readString(module.resolve("pom.xml"))).as(module + "/pom.xml")
                    .contains("<artifactId>ductape-sessions-test-support</artifactId>");
            }
        }
    }
}
