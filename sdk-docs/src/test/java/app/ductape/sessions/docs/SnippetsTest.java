package app.ductape.sessions.docs;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import app.ductape.sessions.testsupport.ChildProcess;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```java block of the README, of {@code docs/*.md} and of the modules' READMEs compiles as
 * written with its document's imports, and every runnable one runs, in a fresh JVM with nothing but the
 * SDK on its class path, against the emulators, with the environment variables the README tells users
 * to export ({@code -Pserve} prints them).
 */
class SnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static DuctapeEmulator ductape;
    private static SessionLogApisEmulator apis;

    @TempDir
    static Path classes;

    @BeforeAll
    static void startEmulators() {
        ductape = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        apis = SessionLogApisEmulator.builder().build();
    }

    @AfterAll
    static void stopEmulators() {
        ductape.close();
        apis.close();
    }

    /** The variables the README's snippets read, pointing at the emulators. */
    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DUCTAPE_BASE_URL", ductape.baseUrl());
        env.putAll(ductape.credentials().environment());
        env.put("SAYMON_BASE_URL", apis.baseUrl());
        env.put("SAYMON_LOGIN", SessionLogApisEmulator.SAYMON_LOGIN);
        env.put("SAYMON_PASSWORD", SessionLogApisEmulator.SAYMON_PASSWORD);
        env.put("EXAVAULT_BASE_URL", apis.exavaultBaseUrl());
        env.put("EXAVAULT_API_KEY", SessionLogApisEmulator.EXAVAULT_API_KEY);
        env.put("EXAVAULT_ACCESS_TOKEN", SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN);
        env.put("CALWE_BASE_URL", apis.baseUrl());
        env.put("CALWE_TOKEN", SessionLogApisEmulator.CALWE_TOKEN);
        return env;
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.filter(p -> p.getFileName().toString().startsWith("sdk-")).map(p -> p.resolve("README.md"))
                .filter(Files::exists).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The import block a document's snippets share: its own, or the README's. */
    private static String importsOf(List<Snippet> snippets, String readmeImports) {
        return snippets.stream().filter(s -> s.kind() == Snippet.Kind.IMPORTS).map(Snippet::code).findFirst()
            .orElse(readmeImports);
    }

    private static Map<Snippet, String> everySnippetWithItsSource() throws IOException {
        List<Snippet> readme = Snippet.in(ROOT, ROOT.resolve("README.md"));
        String readmeImports = importsOf(readme, null);
        Map<Snippet, String> sources = new LinkedHashMap<>();
        for (Path document : documents()) {
            List<Snippet> snippets = Snippet.in(ROOT, document);
            String imports = importsOf(snippets, readmeImports);
            for (Snippet snippet : snippets) {
                if (snippet.kind() != Snippet.Kind.IMPORTS) {
                    sources.put(snippet, snippet.source(imports));
                }
            }
        }
        return sources;
    }

    @Test
    void theReadmeStatesItsImportsOnceAndHasSnippets() throws IOException {
        List<Snippet> readme = Snippet.in(ROOT, ROOT.resolve("README.md"));

        assertThat(readme).filteredOn(s -> s.kind() == Snippet.Kind.IMPORTS).hasSize(1);
        assertThat(readme).filteredOn(s -> s.kind() == Snippet.Kind.RUN).hasSizeGreaterThan(5);
    }

    @TestFactory
    Stream<DynamicTest> everySnippetCompilesAndTheRunnableOnesRun() throws IOException {
        Map<Snippet, String> sources = everySnippetWithItsSource();
        return sources.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().toString(), () -> {
            Snippet snippet = entry.getKey();
            Path out = Files.createDirectories(classes.resolve(snippet.className()));
            compile(snippet, entry.getValue(), out);
            if (snippet.kind() == Snippet.Kind.RUN) {
                run(snippet, out);
            }
        }));
    }

    private static void compile(Snippet snippet, String source, Path out) throws IOException {
        Path file = out.resolve(snippet.className() + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(output, files, diagnostics, List.of("--release", "17", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null,
                files.getJavaFileObjects(file)).call();
            assertThat(compiled).as("%s does not compile as written:%n%s%n%s", snippet, diagnostics.getDiagnostics(),
                source).isTrue();
        }
    }

    private static void run(Snippet snippet, Path out) {
        ProcessBuilder builder = ChildProcess.java(out + java.io.File.pathSeparator + System.getProperty("java.class.path"),
            List.of(), snippet.className());
        builder.environment().keySet().removeIf(name -> name.startsWith("DUCTAPE_") || name.startsWith("SAYMON_")
            || name.startsWith("EXAVAULT_") || name.startsWith("CALWE_"));
        builder.environment().putAll(environment());
        try (ChildProcess process = ChildProcess.start(snippet.toString(), builder)) {
            // a snippet that runs for more than a minute left a client or server open; the failure says so
            int exit = process.awaitExit(Duration.ofSeconds(60));
            String output = process.output();
            assertThat(exit).as("%s failed:%n%s", snippet, output).isZero();
            assertThat(output).as("%s printed an exception:%n%s", snippet, output).doesNotContain("Exception in thread");
        }
    }
}
