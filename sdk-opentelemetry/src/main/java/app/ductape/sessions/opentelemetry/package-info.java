/**
 * OpenTelemetry tracing of the Ductape Sessions SDK: {@link app.ductape.sessions.opentelemetry.DuctapeTelemetry}
 * makes a span of each call and of each of its HTTP attempts, and carries the W3C trace context to Ductape
 * on every attempt. Depends on the OpenTelemetry API alone.
 */
package app.ductape.sessions.opentelemetry;
