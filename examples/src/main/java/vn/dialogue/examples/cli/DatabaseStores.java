package vn.dialogue.examples.cli;

import java.util.Objects;
import java.util.Optional;

import org.postgresql.ds.PGSimpleDataSource;

import vn.dialogue.examples.DialogueStores;
import vn.dialogue.postgres.PostgresEventStore;
import vn.dialogue.store.EventStore;

/**
 * The logs of a dialogue in a PostgreSQL database, from its JDBC URL: one log per lifecycle, named after the
 * dialogue ({@code kon-tum-2024/questions}, ...), in the schema {@code dialogue}.
 */
final class DatabaseStores implements DialogueStores {

    private final PostgresEventStore.Builder builder;
    private final String dialogue;

    private DatabaseStores(PostgresEventStore.Builder builder, String dialogue) {
        this.builder = builder;
        this.dialogue = dialogue;
    }

    static DialogueStores of(String url, String dialogue) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("địa chỉ cơ sở dữ liệu phải bắt đầu bằng jdbc:postgresql: (" + url
                    + ") / the database URL must start with jdbc:postgresql:");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return new DatabaseStores(PostgresEventStore.builder(dataSource).schema("dialogue"), dialogue);
    }

    private String log(String name) {
        return dialogue + "/" + name;
    }

    @Override
    public EventStore open(String name, boolean fresh) {
        if (fresh) {
            builder.delete(log(name));
        }
        return builder.open(log(name));
    }

    @Override
    public EventStore read(String name) {
        return builder.open(log(name));
    }

    @Override
    public Optional<java.nio.file.Path> file(String name) {
        return Optional.empty();
    }
}
