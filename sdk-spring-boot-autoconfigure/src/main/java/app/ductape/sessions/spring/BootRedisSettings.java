package app.ductape.sessions.spring;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.springframework.core.env.Environment;

/**
 * The Redis of Boot's own settings, {@code spring.data.redis.*} (the same on Boot 3.5 and 4.0), read from the
 * environment so that no Boot Redis class is needed: the URL when it is set, else its parts.
 */
final class BootRedisSettings {
    private static final String PREFIX = "spring.data.redis.";

    private BootRedisSettings() {
    }

    static RedisURI uri(Environment environment) {
        String url = environment.getProperty(PREFIX + "url");
        if (url != null && !url.isBlank()) {
            try {
                return RedisURI.create(url);
            } catch (IllegalArgumentException e) {
                throw new DuctapeConfigurationException("spring.data.redis.url is not a Redis URL: " + e.getMessage(),
                    "Set spring.data.redis.url to redis://[user:password@]host:port[/database] (rediss:// for TLS), "
                        + "or set spring.data.redis.host and port instead.", e);
            }
        }
        RedisURI.Builder uri = RedisURI.builder().withHost(environment.getProperty(PREFIX + "host", "localhost"))
            .withPort(number(environment, "port", 6379)).withDatabase(number(environment, "database", 0))
            .withSsl(environment.getProperty(PREFIX + "ssl.enabled", Boolean.class, false));
        String password = environment.getProperty(PREFIX + "password");
        if (password != null) {
            String username = environment.getProperty(PREFIX + "username");
            if (username != null) {
                uri.withAuthentication(username, password.toCharArray());
            } else {
                uri.withPassword(password.toCharArray());
            }
        }
        Duration timeout = environment.getProperty(PREFIX + "connect-timeout", Duration.class);
        if (timeout != null) {
            uri.withTimeout(timeout);
        }
        return uri.build();
    }

    private static int number(Environment environment, String name, int otherwise) {
        String value = environment.getProperty(PREFIX + name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new DuctapeConfigurationException(PREFIX + name + " is not a number: '" + value + "'",
                "Set " + PREFIX + name + " to a whole number.", e);
        }
    }
}
