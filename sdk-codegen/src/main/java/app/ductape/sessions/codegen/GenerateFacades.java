package app.ductape.sessions.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the synchronous facade whose {@link FacadeCall} methods the {@link FacadeProcessor} derives an
 * asynchronous and a raw-response facade from, in the same package.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateFacades {

    /**
     * The simple name of the asynchronous facade to generate.
     *
     * @return a class name, such as {@code SessionsServiceAsync}
     */
    String async();

    /**
     * The simple name of the raw-response facade to generate.
     *
     * @return a class name, such as {@code RawSessionsService}
     */
    String raw();

    /**
     * The simple name of the class, in the same package, whose methods define the calls.
     *
     * @return a class name, such as {@code SessionCalls}
     */
    String calls();
}
