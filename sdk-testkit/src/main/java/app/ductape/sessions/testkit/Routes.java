package app.ductape.sessions.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's route table: a method and a path template ({@code v1/products/{product}/sessions/{tag}/start})
 * to a handler that gets the request and the template's values. A path that matches with another
 * method is a 405, one that matches nothing a 404.
 */
final class Routes {
    /** What a route does with a request and its path values. */
    @FunctionalInterface
    interface Handler {
        EmulatorResponse handle(EmulatorRequest request, Map<String, String> path);
    }

    private record Route(String method, List<String> template, Handler handler) {
        /** The template's values in {@code segments}, or {@code null} when they do not match it. */
        Map<String, String> match(List<String> segments) {
            if (segments.size() != template.size()) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String part = template.get(i);
                if (part.startsWith("{") && part.endsWith("}")) {
                    values.put(part.substring(1, part.length() - 1), segments.get(i));
                } else if (!part.equals(segments.get(i))) {
                    return null;
                }
            }
            return values;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String template, Handler handler) {
        routes.add(new Route(method, List.of(template.split("/")), handler));
        return this;
    }

    EmulatorResponse dispatch(EmulatorRequest request) {
        boolean pathMatched = false;
        for (Route route : routes) {
            Map<String, String> values = route.match(request.segments());
            if (values == null) {
                continue;
            }
            if (route.method().equals(request.method())) {
                return route.handler().handle(request, values);
            }
            pathMatched = true;
        }
        if (pathMatched) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", request.method() + " is not allowed on "
                + request.path());
        }
        throw ApiException.notFound("NOT_FOUND", "No route for " + request.method() + " " + request.path());
    }
}
