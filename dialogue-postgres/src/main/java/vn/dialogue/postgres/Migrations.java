package vn.dialogue.postgres;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's schema, created and migrated by Flyway from the scripts under {@value #LOCATION}, with its own history
 * table ({@value #HISTORY}) so that it lives beside a host's own Flyway migrations, even in the same schema.
 *
 * <p>The scripts are handed to Flyway by name from this module ({@link #SCRIPTS}) rather than found by scanning the
 * class path: that works on the module path too (where a module's resources are not open to Flyway), and never
 * picks up a host's scripts.
 */
final class Migrations {

    static final String LOCATION = "db/migration/dialogue";
    static final String HISTORY = "dialogue_schema_history";
    /** Every script, in version order; a new one is added here and under {@value #LOCATION}. */
    static final List<String> SCRIPTS = List.of("V1__event_log.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Brings {@code schema} to the latest version; a schema already there is left as it is. Several processes may
     * do this at once: Flyway locks the schema history while it migrates.
     *
     * @return how many scripts ran
     */
    static int migrate(DataSource dataSource, String schema) {
        MigrateResult result;
        try {
            result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .table(HISTORY)
                    .locations("classpath:" + LOCATION)
                    .resourceProvider(new Scripts())
                    .javaMigrationClassProvider(List::of)
                    // a schema that already holds the host's tables gets a baseline below our first script
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("before dialogue")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("schema " + schema + ": the dialogue tables could not be created or "
                    + "migrated: " + e.getMessage(), e);
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("schema {}: dialogue tables migrated from version {} to {}", schema,
                    result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion, result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }

    /** The scripts of this module, by name. */
    private static final class Scripts implements ResourceProvider {

        @Override
        public @Nullable LoadableResource getResource(String name) {
            for (String script : SCRIPTS) {
                if (name.equals(script) || name.equals(LOCATION + "/" + script)) {
                    return new Script(script);
                }
            }
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> out = new ArrayList<>();
            for (String script : SCRIPTS) {
                if (script.startsWith(prefix)) {
                    for (String suffix : suffixes) {
                        if (script.endsWith(suffix)) {
                            out.add(new Script(script));
                            break;
                        }
                    }
                }
            }
            return out;
        }
    }

    private static final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = Migrations.class.getResourceAsStream("/" + LOCATION + "/" + name);
            if (in == null) {
                throw new IllegalStateException("the migration script " + LOCATION + "/" + name
                        + " is missing from the dialogue-postgres jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
