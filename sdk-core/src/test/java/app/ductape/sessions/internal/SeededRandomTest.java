package app.ductape.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void itsUuidsAreRandomVersion4UuidsOfTheIetfVariant() {
        SeededRandom random = SeededRandom.create();
        Set<UUID> seen = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            UUID uuid = random.nextUuid();
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(uuid);
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void twoSourcesGiveDifferentBytes() {
        byte[] first = new byte[16];
        byte[] second = new byte[16];

        SeededRandom.create().nextBytes(first);
        SeededRandom.create().nextBytes(second);

        assertThat(first).isNotEqualTo(second);
    }
}
