package app.ductape.sessions.spring;

import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A child process's application: the starter's five auto-configurations, on whatever classpath the
 * process was given, printing {@code BEAN <name> true|false} for each bean the starter can make, then
 * exiting. It names beans only by name, so that it loads no class the classpath may lack.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DuctapeAutoConfiguration.class, DuctapeSecurityAutoConfiguration.class,
    DuctapeHealthAutoConfiguration.class, DuctapeMetricsAutoConfiguration.class, DuctapeFleetAutoConfiguration.class})
public class ContextProbe {
    static final List<String> BEANS = List.of("ductapeSessionsService", "ductapeSessionVerifier",
        "ductapeOpaqueTokenIntrospector", "ductapeMetricsCustomizer", "ductapeVerifierMetrics",
        "ductapeHealthIndicator", "ductapeSessionFleet", "ductapeFleetHealthIndicator");

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ContextProbe.class)
            .web(WebApplicationType.NONE)
            .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                "ductape.base-url=http://127.0.0.1:9", "ductape.workspace-id=ws_probe", "ductape.public-key=pk_probe",
                "ductape.user-id=user_probe", "ductape.token=token_probe", "ductape.env-type=prd",
                "ductape.product=my-product", "ductape.env=production", "ductape.sessions.verifier.tag=user-session",
                // a Redis that is not there: the verifier joins its fleet DEGRADED
                "ductape.sessions.verifier.fleet.enabled=true", "ductape.sessions.verifier.fleet.command-timeout=200ms",
                "spring.data.redis.port=9")
            .run()) {
            for (String bean : BEANS) {
                System.out.println("BEAN " + bean + " " + context.containsBean(bean));
            }
        }
    }
}
