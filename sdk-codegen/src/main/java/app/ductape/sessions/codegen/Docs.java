package app.ductape.sessions.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc of the generated facades: a class comment for each, and each call's comment carried over
 * from the synchronous facade with its {@code @return} and {@code @throws SessionError} rewritten for
 * what the twin returns.
 */
final class Docs {
    private Docs() {}

    static String classDoc(boolean async, String facade) {
        String text = async
            ? "The {@link " + facade + "} API with every call returning a {@link java.util.concurrent.CompletableFuture},\n"
                + "built on OkHttp's {@code enqueue}: no thread is blocked per call, and retry backoff waits on a timer.\n"
                + "A failed call fails its future with the same {@link SessionError} the blocking call throws\n"
                + "(wrapped in a {@link java.util.concurrent.CompletionException} by {@code join()}); invalid options\n"
                + "still throw {@link IllegalArgumentException} at once. Cancelling a future cancels its HTTP call.\n"
                + "Listings are {@link app.ductape.sessions.transport.AsyncListing}s: each page is fetched after the\n"
                + "one before was handed over. Get it from {@link " + facade + "#async()}; closing the\n"
                + "{@code " + facade + "} closes it.\n\n"
                + "<p>Generated from {@link " + facade + "}'s calls when the SDK is built."
            : "The {@link " + facade + "} API with every result wrapped in a {@link RawResponse}: the HTTP\n"
                + "status, headers and request id of the answer, with the parsed value. Failures are the same\n"
                + "{@link SessionError}s. Get it from {@link " + facade + "#withRawResponse()}.\n\n"
                + "<p>Generated from {@link " + facade + "}'s calls when the SDK is built.";
        return comment(text, "");
    }

    static String methodDoc(String doc, boolean async, boolean listing) {
        List<String> description = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : doc.strip().split("\n")) {
            String text = line.strip();
            if (text.startsWith("@") || tags.isEmpty()) {
                (text.startsWith("@") ? tags : description).add(text);
            } else {
                tags.set(tags.size() - 1, tags.get(tags.size() - 1) + " " + text);
            }
        }
        List<String> out = new ArrayList<>(description);
        if (tags.stream().noneMatch(tag -> tag.startsWith("@return"))) {
            int firstThrows = 0;
            while (firstThrows < tags.size() && tags.get(firstThrows).startsWith("@param")) {
                firstThrows++;
            }
            tags.add(firstThrows, "@return " + (async ? "a future completing when the call has succeeded"
                : "the status, headers and request id of the response (no value)"));
        }
        String failure = null;
        for (String tag : tags) {
            if (tag.startsWith("@throws SessionError")) {
                failure = tag.substring("@throws SessionError".length()).strip();
            }
        }
        for (String tag : tags) {
            if (tag.startsWith("@return")) {
                String returned = trimPeriod(tag.substring("@return".length()).strip());
                out.add("@return " + returned(returned, async, listing, failure));
            } else if (!(async && tag.startsWith("@throws SessionError"))) {
                out.add(tag);
            }
        }
        return comment(String.join("\n", out), "    ");
    }

    private static String returned(String returned, boolean async, boolean listing, String failure) {
        if (!async) {
            return returned + ", with the HTTP status, headers and request id of its response";
        }
        if (listing) {
            return returned + ", read without blocking";
        }
        if (returned.startsWith("a future")) {
            return returned + (failure == null ? "" : "; it fails with {@link SessionError} " + trimPeriod(failure));
        }
        return "a future of " + returned + (failure == null ? ""
            : "; it fails with {@link SessionError} " + trimPeriod(failure));
    }

    private static String trimPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String comment(String text, String indent) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String line : text.split("\n")) {
            out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }
}
