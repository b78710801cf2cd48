package vn.dialogue.postgres;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dialogue.store.EventStore;
import vn.dialogue.store.EventStoreContract;

/** The store contract, against PostgreSQL: each test on a log of its own, in a schema of this class. */
@ExtendWith(PostgresExtension.class)
class PostgresEventStoreTest extends EventStoreContract {

    private static DataSource dataSource;
    private static String schema;
    private String log = "";

    @BeforeAll
    static void server(PostgresServer server) {
        dataSource = server.pool(10);
        schema = server.freshSchema();
    }

    @Override
    protected EventStore openEmpty() {
        log = "contract/" + UUID.randomUUID();
        return PostgresEventStore.builder(dataSource).schema(schema).open(log);
    }

    @Override
    protected EventStore reopen() {
        return PostgresEventStore.builder(dataSource).schema(schema).open(log);
    }
}
