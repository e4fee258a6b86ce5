package app.ductape.sessions.spring;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * A health indicator's answer read through reflection, so that one test reads Boot 4's
 * {@code org.springframework.boot.health.contributor.Health} and Boot 3's
 * {@code org.springframework.boot.actuate.health.Health} alike.
 *
 * @param status  the status code, such as {@code UP}
 * @param details the details
 */
record HealthReading(String status, Map<String, Object> details) {

    @SuppressWarnings("unchecked")
    static HealthReading of(Object indicator) throws ReflectiveOperationException {
        Method health = indicator.getClass().getMethod("health");
        health.setAccessible(true);
        Object answer = health.invoke(indicator);
        Object status = answer.getClass().getMethod("getStatus").invoke(answer);
        String code = (String) status.getClass().getMethod("getCode").invoke(status);
        return new HealthReading(code, (Map<String, Object>) answer.getClass().getMethod("getDetails").invoke(answer));
    }
}
