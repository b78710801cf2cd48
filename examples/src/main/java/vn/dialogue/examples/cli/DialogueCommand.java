package vn.dialogue.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dialogue.planfile.PlanFileException;

/**
 * The {@code dialogue} command line: check, schedule and print dialogue plans.
 *
 * <p>Errors a person can act on (a bad plan file, a missing file) print as one clear message and exit 2; a stack
 * trace appears only with {@code --verbose}.
 */
@Command(name = "dialogue", mixinStandardHelpOptions = true, version = "dialogue 0.1.0",
        description = "Plan, check, schedule and document government dialogue programmes (Vietnam).",
        subcommands = {DemoCommand.class, ValidateCommand.class, TimelineCommand.class, ExportCommand.class,
                NextYearCommand.class, CalendarCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class DialogueCommand implements Runnable {

    /** Exit code: the plan has no ERROR finding. */
    public static final int OK = 0;
    /** Exit code: the plan has ERROR findings. */
    public static final int FINDINGS = 1;
    /** Exit code: the input could not be read or the command was misused. */
    public static final int UNUSABLE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, defaultValue = "vi",
            description = "Language of messages: vi or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line wired with this project's error handling; {@code out} and {@code err} receive the text. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DialogueCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.matchedOption("--verbose") != null
                    || parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--verbose") != null;
            PrintWriter w = commandLine.getErr();
            w.println(message(e));
            if (verbose) {
                e.printStackTrace(w);
            }
            w.flush();
            return UNUSABLE;
        });
        return cl;
    }

    /**
     * Runs the command line as {@link #main} does: an error, even one the JVM raises (out of memory), prints as
     * one message, Vietnamese first, and a stack trace only with {@code --verbose}.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(message(e));
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(err);
            }
            err.flush();
            return UNUSABLE;
        }
    }

    /** What went wrong, in the user's words: the reader's own message, never a class name alone. */
    static String message(Throwable e) {
        if (e instanceof PlanFileException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "lỗi: không đủ bộ nhớ để làm lệnh này (tệp đầu vào quá lớn?) / error: not enough memory for this "
                    + "command (is an input file too large?)";
        }
        if (e instanceof java.io.IOException) {
            return "lỗi: không đọc hoặc ghi được tệp / error: a file could not be read or written"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return "lỗi: không làm được lệnh này vì một lỗi bên trong; chạy lại với --verbose để xem chi tiết / error: the "
                + "command failed on an internal error; run it again with --verbose for the details";
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J, whose level the jar sets to WARN
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
