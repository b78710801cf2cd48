/** The event store on PostgreSQL: {@link vn.dialogue.postgres.PostgresEventStore}. */
module vn.dialogue.postgres {
    requires static org.jspecify;
    requires transitive vn.dialogue.core;
    requires transitive java.sql;
    // Flyway 13 ships no module name of its own: this is the name derived from its jar
    requires flyway.core;
    requires org.slf4j;

    exports vn.dialogue.postgres;
}
