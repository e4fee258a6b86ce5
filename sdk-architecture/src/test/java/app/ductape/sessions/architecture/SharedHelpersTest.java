package app.ductape.sessions.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the helpers that several modules need live. The rule chosen: no shared public support package
 * (it would be API every user sees); each module keeps a single copy, in one class that owns it, and these
 * rules keep it so.
 */
class SharedHelpersTest {
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("sdk-bench"))
            .importPackages("app.ductape.sessions");
    }

    /** The top-level classes, by package, that call {@code owner.method}. */
    private static Map<String, Set<String>> callers(String owner, String method) {
        Map<String, Set<String>> byPackage = new TreeMap<>();
        for (JavaClass type : all) {
            boolean calls = type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                .getFullName().equals(owner) && call.getName().equals(method));
            if (calls) {
                String topLevel = type.getName().contains("$") ? type.getName().substring(0, type.getName().indexOf('$'))
                    : type.getName();
                byPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>()).add(topLevel);
            }
        }
        return byPackage;
    }

    @Test
    void eachModuleHasOneOwnerOfSha256() {
        assertThat(callers("java.security.MessageDigest", "getInstance")).isEqualTo(Map.of(
            "app.ductape.sessions", Set.of("app.ductape.sessions.ProxyCipher"),
            "app.ductape.sessions.archive", Set.of("app.ductape.sessions.archive.Sha256"),
            "app.ductape.sessions.middleware", Set.of("app.ductape.sessions.middleware.TokenDigest"),
            "app.ductape.sessions.report", Set.of("app.ductape.sessions.report.ReportPage"),
            "app.ductape.sessions.testkit", Set.of("app.ductape.sessions.testkit.ProxyPayload")));
    }

    @Test
    void theArchiveMasksAJdbcUrlsPasswordInOnePlace() {
        Map<String, Set<String>> masking = callers("java.lang.String", "replaceAll");

        assertThat(masking.get("app.ductape.sessions.archive")).containsExactly("app.ductape.sessions.archive.JdbcUrls");
    }

    /**
     * The modules around core read and write JSON with the SDK's configuration; core's own model parses a
     * log's {@code data} text with a bare mapper (its data package may not reach the transport), and the
     * examples show what a user writes.
     */
    @Test
    void theModulesAroundCoreMakeNoBareMapper() {
        Map<String, Set<String>> bareMappers = new TreeMap<>();
        for (JavaClass type : all) {
            if (type.getPackageName().startsWith("app.ductape.sessions.model")
                || type.getPackageName().startsWith("app.ductape.sessions.examples")) {
                continue;
            }
            type.getConstructorCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().getFullName().equals("com.fasterxml.jackson.databind.ObjectMapper"))
                .forEach(call -> bareMappers.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>())
                    .add(type.getName()));
        }

        assertThat(bareMappers).as("new ObjectMapper() outside JsonMappers: use JsonMappers.newMapper()").isEmpty();
    }
}
