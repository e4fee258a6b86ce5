package app.ductape.sessions.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a call of a {@link GenerateFacades} facade. The method {@code R name(P... params)}, with or
 * without a last {@code RequestOptions} parameter, must have a twin {@code calls.name(params...,
 * requestOptions)} returning the call's definition: an {@code HttpApiCall<R>}, or for a method returning
 * {@code Listing<T>} a {@code PagedCall}. Its Javadoc is carried over, its {@code @return} and
 * {@code @throws SessionError} adapted to a future or a raw response.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface FacadeCall {}
