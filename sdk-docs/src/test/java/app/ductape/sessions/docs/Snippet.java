package app.ductape.sessions.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ```java block of a Markdown document, as a user would paste it: the body of a {@code main} method
 * (local types included), or a whole file when it starts with an annotation or a public type, with the
 * document's import block in front. A block is
 * marked by an HTML comment on the line before it: {@code <!-- snippet: imports -->} is the document's
 * import block, {@code <!-- snippet: compile-only -->} one that needs more than the emulators to run.
 *
 * @param document    the document, relative to the repository root
 * @param line        the line of the opening fence
 * @param code        the block's text
 * @param kind        what the block is
 */
record Snippet(String document, int line, String code, Kind kind) {
    private static final Pattern FENCE = Pattern.compile("(?:<!-- snippet: ([\\w-]+) -->\\s*\\n)?```java\\n(.*?)```",
        Pattern.DOTALL);
    /** A whole file starts with an annotation, {@code package}, {@code import} or a public type. */
    private static final Pattern FILE = Pattern.compile("\\A\\s*(?:@|package\\s|import\\s|public\\s)");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("^public\\s+(?:final\\s+|abstract\\s+)*"
        + "(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);

    /** What a block is. */
    enum Kind { IMPORTS, RUN, COMPILE_ONLY }

    /** Every ```java block of {@code file}. */
    static List<Snippet> in(Path root, Path file) throws IOException {
        String text = Files.readString(file);
        String document = root.relativize(file).toString().replace('\\', '/');
        List<Snippet> snippets = new ArrayList<>();
        Matcher matcher = FENCE.matcher(text);
        while (matcher.find()) {
            String mark = matcher.group(1);
            Kind kind = mark == null ? Kind.RUN : switch (mark) {
                case "imports" -> Kind.IMPORTS;
                case "compile-only" -> Kind.COMPILE_ONLY;
                default -> throw new IllegalArgumentException(document + ": unknown snippet mark '" + mark + "'");
            };
            int line = text.substring(0, matcher.start(2)).split("\n", -1).length - 1;
            snippets.add(new Snippet(document, line, matcher.group(2), kind));
        }
        return snippets;
    }

    /** The name of the class the snippet compiles to. */
    String className() {
        Matcher type = PUBLIC_TYPE.matcher(code);
        if (declaresType() && type.find()) {
            return type.group(1);
        }
        return "Snippet_" + document.replaceAll("[^A-Za-z0-9]", "_") + "_" + line;
    }

    /** Whether the snippet is a whole file (it declares a type) rather than the body of {@code main}. */
    boolean declaresType() {
        return FILE.matcher(code).find();
    }

    /** The Java file a user would have: the imports, then the snippet as is or inside {@code main}. */
    String source(String imports) {
        if (declaresType()) {
            return imports + "\n" + code;
        }
        return imports + "\npublic class " + className() + " {\n    public static void main(String[] args) throws Exception {\n"
            + code + "\n    }\n}\n";
    }

    @Override
    public String toString() {
        return document + ":" + line;
    }
}
