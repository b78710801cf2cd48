package vn.dialogue.postgres;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test a {@link PostgresServer} (as a parameter of a constructor, a test or a lifecycle method): the one
 * named by {@code -Ddialogue.pg.url} or {@code DIALOGUE_PG_URL}, else one started from the binaries on the machine,
 * shared by every test of the JVM and stopped when they have all run (and by a shutdown hook).
 *
 * <p>With no server to be had, a test fails where {@code CI=true} (a CI run must never pass without the PostgreSQL
 * tests), and is skipped elsewhere, its message saying how to get one.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    /** Fails (CI) or skips the whole class when there is no server. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Holder holder = holder(context);
        if (holder.server != null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and there is no PostgreSQL server for the tests: "
                    + holder.failure.getMessage(), holder.failure);
        }
        String why = context.getDisplayName() + " skipped: " + holder.failure.getMessage();
        System.err.println(why);
        Assumptions.abort(why);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Holder holder = holder(context);
        if (holder.server == null) {
            throw new ParameterResolutionException("no PostgreSQL server: " + holder.failure.getMessage(),
                    holder.failure);
        }
        return holder.server;
    }

    private static Holder holder(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class);
    }

    /** The server of the whole run, closed by JUnit when the run ends. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final PostgresServer server;
        private final RuntimeException failure;

        Holder() {
            PostgresServer s = null;
            RuntimeException f = null;
            try {
                s = PostgresServer.forTests();
            } catch (RuntimeException e) {
                f = e;
            }
            this.server = s;
            this.failure = f;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
