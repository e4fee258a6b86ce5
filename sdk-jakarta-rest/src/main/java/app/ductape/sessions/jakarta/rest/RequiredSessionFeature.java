package app.ductape.sessions.jakarta.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Puts a {@link DuctapeSessionRequestFilter}'s checks, after matching, on each resource method annotated
 * {@link DuctapeSessionRequired}, on the method or its class, or on a method it overrides or implements, or
 * a superclass or interface of its class (resource interfaces are common, and a check lost to one would
 * leave the method open).
 */
final class RequiredSessionFeature implements DynamicFeature {
    private final DuctapeSessionRequestFilter filter;

    RequiredSessionFeature(DuctapeSessionRequestFilter filter) {
        this.filter = filter;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type != null && method != null && requiresSession(type, method)) {
            context.register(new RequiredSessionFilter(filter), Priorities.AUTHENTICATION);
        }
    }

    static boolean requiresSession(Class<?> type, Method method) {
        for (Class<?> declaring : typesOf(type, method.getDeclaringClass())) {
            if (declaring.isAnnotationPresent(DuctapeSessionRequired.class)) {
                return true;
            }
            try {
                Method same = declaring.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (same.isAnnotationPresent(DuctapeSessionRequired.class)) {
                    return true;
                }
            } catch (NoSuchMethodException notDeclaredThere) {
                // the method is declared elsewhere in the hierarchy
            }
        }
        return false;
    }

    /** The resource class, the method's declaring class, and all their superclasses and interfaces. */
    private static Set<Class<?>> typesOf(Class<?>... starts) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(Arrays.asList(starts));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (type == Object.class || !seen.add(type)) {
                continue;
            }
            if (type.getSuperclass() != null) {
                next.push(type.getSuperclass());
            }
            for (Class<?> implemented : type.getInterfaces()) {
                next.push(implemented);
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        return "DuctapeSessionRequired -> " + filter;
    }

    /** The filter's checks after matching, whatever the guard's include and exclude patterns say. */
    private static final class RequiredSessionFilter implements ContainerRequestFilter {
        private final DuctapeSessionRequestFilter filter;

        RequiredSessionFilter(DuctapeSessionRequestFilter filter) {
            this.filter = filter;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            filter.filterRequired(request);
        }
    }
}
