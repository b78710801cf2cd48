/**
 * The event store on PostgreSQL: {@link vn.dialogue.postgres.PostgresEventStore}, one log of a database that many
 * processes share, on a {@link javax.sql.DataSource} the host provides, its tables created and migrated by Flyway.
 */
@NullMarked
package vn.dialogue.postgres;

import org.jspecify.annotations.NullMarked;
