package app.ductape.sessions.archive;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.connectors.ActivityQuery;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an archive tells its tracer of a sync, and that a tracer which throws loses no page. */
class SyncTracerTest {
    private final Emulators emulators = new Emulators();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        emulators.close();
    }

    private final SyncTracer recording = () -> new SyncTracer.Sync() {
        @Override
        public SyncTracer.Source source(String source, String scope) {
            heard.add("source " + source + " " + scope);
            return new SyncTracer.Source() {
                @Override
                public <T> T within(Supplier<T> action) {
                    heard.add("within " + source);
                    return action.get();
                }

                @Override
                public SyncTracer.Page page() {
                    return (records, inserted, updated, failure) -> heard.add("page " + records + " " + inserted);
                }

                @Override
                public void ended(SourceReport report, Throwable failure) {
                    heard.add("ended " + source + " " + report.status() + " " + report.read());
                }
            };
        }

        @Override
        public void ended(SyncReport report, Throwable failure) {
            heard.add("sync ended " + report.inserted());
        }
    };

    @Test
    void eachSourceIsToldWithinItsReadsAndEachPageWithItsCounts() throws Exception {
        Databases.Target db = Databases.create(Databases.Kind.SQLITE);
        try (ActivityArchive archive = db.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .pageSize(40).tracer(recording).build()) {
            SyncReport report = archive.sync();

            SourceReport saymon = report.sources().get(0);
            assertThat(heard.get(0)).isEqualTo("source saymon all");
            assertThat(heard.get(1)).isEqualTo("within saymon");
            assertThat(heard).filteredOn(e -> e.startsWith("page ")).hasSize(saymon.pages());
            assertThat(heard.get(heard.size() - 2)).isEqualTo("ended saymon SYNCED " + saymon.read());
            assertThat(heard).last().isEqualTo("sync ended " + report.inserted());
        }
    }

    @Test
    void aTracerThatThrowsEverywhereLosesNoRecord() throws Exception {
        SyncTracer broken = () -> new SyncTracer.Sync() {
            @Override
            public SyncTracer.Source source(String source, String scope) {
                return new SyncTracer.Source() {
                    @Override
                    public <T> T within(Supplier<T> action) {
                        throw new IllegalStateException("broken within");
                    }

                    @Override
                    public SyncTracer.Page page() {
                        return (records, inserted, updated, failure) -> {
                            throw new IllegalStateException("broken page");
                        };
                    }
                };
            }

            @Override
            public void ended(SyncReport report, Throwable failure) {
                throw new IllegalStateException("broken end");
            }
        };
        Databases.Target db = Databases.create(Databases.Kind.SQLITE);
        try (ActivityArchive archive = db.archive().clock(emulators.clock).source(emulators.clients.saymonSource())
                 .pageSize(40).tracer(broken).build()) {
            SyncReport report = archive.sync();

            assertThat(report.ok()).isTrue();
            assertThat(report.inserted()).isEqualTo(emulators.clients.saymonSource()
                .records(ActivityQuery.all()).count());
        }
    }
}
