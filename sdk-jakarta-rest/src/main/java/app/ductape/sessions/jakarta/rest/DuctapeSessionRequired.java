package app.ductape.sessions.jakarta.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method, or every resource method of a class, as answering only requests with a valid
 * Ductape session, whatever its path: register {@link DuctapeSessionRequestFilter#whereRequired()} and the
 * filter runs there, after matching, and nowhere else. The guard's include and exclude patterns do not apply
 * to these methods (the annotation is the decision); its path rules, cookie and {@code Retry-After} do.
 * Found on the method, the class, their superclasses and interfaces.
 *
 * <pre>{@code
 * @Path("/orders")
 * public class OrdersResource {
 *     @GET @DuctapeSessionRequired
 *     public List<Order> mine(@Context SecurityContext security) { ... }
 *
 *     @GET @Path("/count")
 *     public long count() { ... }   // open
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DuctapeSessionRequired {
}
