package app.ductape.sessions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the SDK, checked on the compiled classes of every module: {@code internal} is
 * sdk-core's own and depends on nothing of the SDK; the data packages do not reach up into the clients
 * or the transport; the generic transport knows nothing of Ductape's models.
 */
class DependencyRulesTest {
    private static final String INTERNAL = "app.ductape.sessions.internal..";
    private static JavaClasses all;
    private static JavaClasses outsideCore;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.ductape.sessions");
        outsideCore = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("sdk-core/") && !location.contains("ductape-sessions-core"))
            .importPackages("app.ductape.sessions");
    }

    @Test
    void theRulesSeeEveryModule() {
        Set<String> packages = all.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(packages).contains("app.ductape.sessions", "app.ductape.sessions.internal",
            "app.ductape.sessions.transport", "app.ductape.sessions.testkit", "app.ductape.sessions.connectors",
            "app.ductape.sessions.examples", "app.ductape.sessions.middleware", "app.ductape.sessions.spring",
            "app.ductape.sessions.archive", "app.ductape.sessions.report", "app.ductape.sessions.middleware.redis",
            "app.ductape.sessions.webflux", "app.ductape.sessions.jakarta.rest");
        assertThat(outsideCore.stream().map(JavaClass::getPackageName)).doesNotContain("app.ductape.sessions.internal",
            "app.ductape.sessions.transport").contains("app.ductape.sessions.testkit");
    }

    @Test
    void nothingOutsideCoreUsesItsInternalPackage() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage(INTERNAL)
            .because("internal is sdk-core's implementation, not API: other modules use only the public packages");

        rule.check(outsideCore);
    }

    @Test
    void internalDependsOnNothingElseOfTheSdk() {
        ArchRule rule = noClasses().that().resideInAPackage(INTERNAL).should().dependOnClassesThat()
            .resideInAnyPackage("app.ductape.sessions", "app.ductape.sessions.model..", "app.ductape.sessions.options..",
                "app.ductape.sessions.transport..")
            .because("internal holds leaf helpers; a helper reaching up would tie the layers in a knot");

        rule.check(all);
    }

    @Test
    void theDataPackagesDoNotReachUpIntoClientsOrTransport() {
        ArchRule rule = noClasses().that().resideInAnyPackage("app.ductape.sessions.model..",
                "app.ductape.sessions.options..")
            .should().dependOnClassesThat().resideInAnyPackage("app.ductape.sessions", "app.ductape.sessions.transport..");

        rule.check(all);
    }

    @Test
    void onlyTheFilterNeedsTheServletApi() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.middleware..")
            .and().haveNameNotMatching(".*\\.DuctapeSessionFilter(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
            .because("the servlet API is provided by a container: SessionVerifier must work where there is none "
                + "(WebFlux, Netty, a message consumer)");

        rule.check(all);
    }

    @Test
    void theWebFilterNeedsNeitherSpringBootNorTheServletApi() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.webflux..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot..", "jakarta.servlet..")
            .because("sdk-webflux runs in any WebFlux application, with or without Boot, on Netty or another "
                + "reactive server");

        rule.check(all);
    }

    @Test
    void theJakartaRestFilterNeedsOnlyTheJakartaRestApi() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.jakarta.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax..", "org.glassfish..",
                "org.jboss..", "io.undertow..", "io.helidon..", "io.quarkus..", "org.springframework..")
            .because("sdk-jakarta-rest runs in any Jakarta REST implementation, on a servlet container or not");

        rule.check(all);
    }

    @Test
    void theVerifierKnowsItsFleetOnlyThroughTheEngineNeutralSeam() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.middleware..")
            .and().resideOutsideOfPackage("app.ductape.sessions.middleware.redis..")
            .should().dependOnClassesThat().resideInAnyPackage("app.ductape.sessions.middleware.redis..",
                "io.lettuce..", "io.netty..")
            .because("another engine (PostgreSQL LISTEN/NOTIFY, Kafka) implements the fleet seam without touching "
                + "the verifier");

        rule.check(all);
    }

    @Test
    void onlyTheOpenTelemetryModuleAndTheStarterKnowOpenTelemetry() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("app.ductape.sessions.opentelemetry..",
                "app.ductape.sessions.spring..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opentelemetry..")
            .because("the SDK traces through engine-neutral hooks (core's CallTracer, the verifier's "
                + "VerificationTracer): a client without OpenTelemetry carries none of it; the starter only wires it");

        rule.check(all);
    }

    @Test
    void theReportNeedsOnlyCoreAndConnectors() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.report..")
            .should().dependOnClassesThat().resideInAnyPackage("app.ductape.sessions.archive..",
                "app.ductape.sessions.middleware..", "app.ductape.sessions.spring..", "app.ductape.sessions.testkit..")
            .because("a report is drawn from what any client reads: sdk-core and sdk-connectors");

        rule.check(all);
    }

    @Test
    void onlyTheBoot3HealthIndicatorUsesBoot3sHealthContract() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.spring..")
            .and().doNotHaveSimpleName("DuctapeBoot3HealthIndicator")
            .and().doNotHaveSimpleName("DuctapeFleetBoot3HealthIndicator").and().doNotHaveSimpleName("Boot3")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot.actuate..")
            .because("the starter is compiled against Boot 4; Boot 3's health contract is for its indicators' "
                + "classes, selected by @ConditionalOnClass, or the jar would not load on Boot 4");

        rule.check(all);
    }

    @Test
    void theTransportKnowsNothingOfDuctapesModels() {
        ArchRule rule = noClasses().that().resideInAPackage("app.ductape.sessions.transport..")
            .should().dependOnClassesThat().resideInAnyPackage("app.ductape.sessions.model..",
                "app.ductape.sessions.options..")
            .because("the transport serves every API: Ductape's envelope and models are one client of it");

        rule.check(all);
    }
}
