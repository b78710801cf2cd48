package vn.dialogue.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} adapter must do, run against each of them: extend it and say how to open a fresh,
 * empty store (and, for durable stores, how to open the same one again).
 */
public abstract class EventStoreContract {

    protected static final Instant AT = Instant.parse("2024-10-21T02:00:00Z");

    protected EventStore store;

    /** A new, empty store. */
    protected abstract EventStore openEmpty() throws Exception;

    /** The same store as the one just closed, opened again; the in-memory store returns null (not durable). */
    protected abstract EventStore reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    protected static NewEvent event(String type, String stream) {
        return NewEvent.of(type, "{\"n\":\"" + type + "\"}", AT, stream);
    }

    @Test
    void should_give_positions_and_versions_when_events_are_appended() {
        List<StoredEvent> first = store.append(List.of(event("a", "s-1")), Map.of("s-1", 0L));
        List<StoredEvent> second = store.append(List.of(event("b", "s-1"), event("c", "s-2")),
                Map.of("s-1", 1L, "s-2", 0L));

        assertThat(first).singleElement().satisfies(e -> {
            assertThat(e.position()).isEqualTo(1);
            assertThat(e.stream()).isEqualTo("s-1");
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.type()).isEqualTo("a");
            assertThat(e.recorded()).isEqualTo(AT);
            assertThat(e.verified()).isTrue();
        });
        assertThat(second).extracting(StoredEvent::position).containsExactly(2L, 3L);
        assertThat(second).extracting(StoredEvent::version).containsExactly(2L, 1L);
        assertThat(store.head()).isEqualTo(3);
        assertThat(store.readStream("s-1")).extracting(StoredEvent::type).containsExactly("a", "b");
        assertThat(store.readStream("nothing")).isEmpty();
    }

    @Test
    void should_move_every_stream_of_an_event_when_it_names_several() {
        store.append(List.of(event("a", "m-1")), Map.of("m-1", 0L));
        store.append(List.of(event("b", "m-2")), Map.of("m-2", 0L));
        NewEvent merged = new NewEvent("merged", "{\"x\":1}", AT, List.of("c-3", "m-1", "m-2"), null);

        StoredEvent stored = store.append(List.of(merged), Map.of("c-3", 0L, "m-1", 1L, "m-2", 1L)).get(0);

        assertThat(stored.streams()).containsExactly(new StreamVersion("c-3", 1), new StreamVersion("m-1", 2),
                new StreamVersion("m-2", 2));
        assertThat(store.readStream("m-1")).extracting(StoredEvent::position).containsExactly(1L, 3L);
        assertThat(store.readStream("c-3")).singleElement().extracting(StoredEvent::data).asString()
                .contains("\"x\"");
    }

    @Test
    void should_refuse_the_whole_append_when_one_stream_has_moved() {
        store.append(List.of(event("a", "s-1")), Map.of("s-1", 0L));

        assertThatThrownBy(() -> store.append(List.of(event("b", "s-2"), event("c", "s-1")),
                Map.of("s-1", 0L, "s-2", 0L)))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> {
                    StaleVersionException stale = (StaleVersionException) e;
                    assertThat(stale.subject()).isEqualTo("s-1");
                    assertThat(stale.expected()).isZero();
                    assertThat(stale.actual()).isEqualTo(1);
                });
        assertThat(store.head()).isEqualTo(1);
        assertThat(store.readStream("s-2")).isEmpty();
    }

    @Test
    void should_refuse_an_append_when_a_stream_it_names_has_no_expected_version() {
        assertThatThrownBy(() -> store.append(List.of(event("a", "s-1")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s-1");
        assertThat(store.head()).isZero();
    }

    @Test
    void should_refuse_a_key_stored_before_or_repeated_in_the_append() {
        NewEvent keyed = new NewEvent("received", "{}", AT, List.of("q-1"), "portal/0001");
        store.append(List.of(keyed), Map.of("q-1", 0L));

        assertThatThrownBy(() -> store.append(List.of(new NewEvent("received", "{}", AT, List.of("q-2"),
                "portal/0001")), Map.of("q-2", 0L)))
                .isInstanceOf(DuplicateEventException.class)
                .satisfies(e -> assertThat(((DuplicateEventException) e).stream()).isEqualTo("q-1"));
        assertThatThrownBy(() -> store.append(List.of(new NewEvent("received", "{}", AT, List.of("q-3"), "k"),
                new NewEvent("received", "{}", AT, List.of("q-4"), "k")), Map.of("q-3", 0L, "q-4", 0L)))
                .isInstanceOf(DuplicateEventException.class);
        assertThat(store.head()).isEqualTo(1);
        assertThat(store.readStream("q-1")).singleElement().extracting(StoredEvent::key).isEqualTo("portal/0001");
    }

    @Test
    void should_page_through_the_log_after_a_position() {
        for (int i = 1; i <= 25; i++) {
            store.append(List.of(event("e" + i, "s-" + (i % 3))), Map.of("s-" + (i % 3),
                    (long) store.readStream("s-" + (i % 3)).size()));
        }
        List<Long> seen = new ArrayList<>();
        long last = 0;
        while (true) {
            long next = store.readAfter(last, 10, e -> seen.add(e.position()));
            if (next == last) {
                break;
            }
            last = next;
        }

        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(1);
        assertThat(last).isEqualTo(store.head());
        assertThat(store.readAfter(25, 10, e -> seen.add(-1L))).isEqualTo(25);
        assertThat(store.readAfter(3, 0, e -> seen.add(-1L))).isEqualTo(3);
    }

    @Test
    void should_replace_data_in_place_when_rewritten() {
        store.append(List.of(new NewEvent("received", "{\"name\":\"Y Hoa\"}", AT, List.of("q-1"), "k-1")),
                Map.of("q-1", 0L));
        store.append(List.of(event("accepted", "q-1")), Map.of("q-1", 1L));

        int changed = store.rewrite(e -> e.type().equals("received") ? "{\"name\":null}" : null);

        assertThat(changed).isEqualTo(1);
        List<StoredEvent> events = store.readStream("q-1");
        assertThat(events).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(events.get(0).data()).doesNotContain("Y Hoa").contains("name");
        assertThat(events.get(0).key()).isEqualTo("k-1");
        assertThat(events.get(1).type()).isEqualTo("accepted");
        store.append(List.of(event("routed", "q-1")), Map.of("q-1", 2L));
        assertThat(store.head()).isEqualTo(3);
    }

    @Test
    void should_keep_every_event_and_its_sequence_when_reopened() throws Exception {
        store.append(List.of(new NewEvent("received", "{\"text\":\"Đề nghị hỗ trợ vốn\"}", AT, List.of("q-1"), "k")),
                Map.of("q-1", 0L));
        store.append(List.of(new NewEvent("merged", "{}", AT, List.of("q-2", "q-1"), null)),
                Map.of("q-1", 1L, "q-2", 0L));
        store.close();
        EventStore again = reopen();
        if (again == null) {
            store = null;
            return;
        }
        store = again;

        List<StoredEvent> all = new ArrayList<>();
        store.readAfter(0, 100, all::add);
        assertThat(all).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(all.get(0).data()).contains("Đề nghị hỗ trợ vốn");
        assertThat(all.get(1).streams()).containsExactly(new StreamVersion("q-2", 1), new StreamVersion("q-1", 2));
        assertThatThrownBy(() -> store.append(List.of(event("x", "q-1")), Map.of("q-1", 1L)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.append(List.of(new NewEvent("received", "{}", AT, List.of("q-9"), "k")),
                Map.of("q-9", 0L))).isInstanceOf(DuplicateEventException.class);
        assertThat(store.append(List.of(event("x", "q-1")), Map.of("q-1", 2L)).get(0).position()).isEqualTo(3);
    }

    @Test
    void should_let_exactly_one_writer_win_each_version_when_threads_race() throws Exception {
        int threads = 8;
        int rounds = 50;
        AtomicInteger stale = new AtomicInteger();
        List<Long> won = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        long version = store.readStream("race").size();
                        try {
                            won.add(store.append(List.of(event("e", "race")), Map.of("race", version)).get(0)
                                    .version());
                        } catch (StaleVersionException e) {
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<StoredEvent> events = store.readStream("race");
        assertThat(won).hasSize(events.size()).doesNotHaveDuplicates();
        assertThat(events).extracting(StoredEvent::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
        assertThat(won.size() + stale.get()).isEqualTo(threads * rounds);
        assertThat(store.head()).isEqualTo(events.size());
    }
}
