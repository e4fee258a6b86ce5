package app.ductape.sessions.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Gives a Spring test's application context its own Ductape emulator: started before the context, its
 * {@code DuctapeEmulator} a bean, every {@code ductape.*} connection property (base URL, workspace
 * credentials, access key) pointing at it whatever the application's properties say, and stopped with the
 * context. {@code ductape.product} and {@code ductape.env} are the seed's unless the application sets them.
 * Contexts with the same seed are cached and shared as Spring caches any other. In a test slice
 * ({@code @WebMvcTest}, {@code @WebFluxTest}) it also brings the starter's client, verifier, filters and
 * introspectors, which a slice leaves out.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockMvc
 * @AutoConfigureDuctapeEmulator
 * class AccountControllerTest {
 *     @Autowired MockMvc mvc;
 *
 *     @Test
 *     void aSignedInUserSeesTheirAccount() throws Exception {
 *         mvc.perform(get("/api/me").with(DuctapeTestSessions.session(Map.of("email", "ada@example.com"))))
 *             .andExpect(status().isOk());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDuctapeEmulator {

    /**
     * The emulator's data: {@code demo} (Ductape's demo data set: {@code my-product}, {@code user-session}),
     * {@code none} (empty), {@code SEED:USERS:OPERATIONS:DAYS} (generated) or {@code file:PATH} (a seed file,
     * see {@code EmulatorSeed.fromFile}). Empty (the default) reads the property {@code ductape.emulator.seed},
     * and {@code demo} without it.
     *
     * @return the seed's name
     */
    String seed() default "";
}
