package vn.dialogue.postgres;

import java.sql.SQLException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The database failed a store's request: the connection was lost, the server refused it, or its schema is not the
 * one the store needs. For an append, the database may or may not have committed it when the connection was lost:
 * catch up ({@link vn.dialogue.store.EventStore#readAfter}) and look for the events by their keys before trying
 * again.
 */
public final class PostgresStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String sqlState;

    /**
     * @param store what the store is ({@link PostgresEventStore#name()})
     * @param doing what it was doing, e.g. "appending 2 events"
     * @param cause the database's error
     */
    public PostgresStoreException(String store, String doing, SQLException cause) {
        super(Objects.requireNonNull(store, "store") + ": " + Objects.requireNonNull(doing, "doing") + " failed: "
                + cause.getMessage() + (cause.getSQLState() == null ? "" : " (SQLState " + cause.getSQLState() + ")"),
                cause);
        this.sqlState = cause.getSQLState();
    }

    /** The SQLState the database gave, or null. */
    public @Nullable String sqlState() {
        return sqlState;
    }
}
