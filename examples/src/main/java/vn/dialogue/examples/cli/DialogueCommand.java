package vn.dialogue.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dialogue.planfile.PlanFileException;
import vn.dialogue.planfile.Problem;

/**
 * The {@code dialogue} command line: check, schedule and print dialogue plans.
 *
 * <p>It speaks Vietnamese, or English with {@code --lang en}: the help (from the resource bundles
 * {@code Messages_vi.properties} and {@code Messages_en.properties}), the errors and the output. Errors a person can
 * act on (a bad plan file, a missing file, a wrong option) print as one clear message and exit 2; a stack trace
 * appears only with {@code --verbose}. Without a command it prints the help and exits 2.
 */
@Command(name = "dialogue", mixinStandardHelpOptions = true, version = "dialogue 0.1.0",
        subcommands = {DemoCommand.class, ValidateCommand.class, TimelineCommand.class, ExportCommand.class,
                NextYearCommand.class, CalendarCommand.class, SchemaCommand.class, ReportCommand.class, DueCommand.class,
                CommandLine.HelpCommand.class})
public final class DialogueCommand implements Callable<Integer> {

    /** Exit code: the plan has no ERROR finding. */
    public static final int OK = 0;
    /** Exit code: the plan has ERROR findings. */
    public static final int FINDINGS = 1;
    /** Exit code: the input could not be read or the command was misused. */
    public static final int UNUSABLE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, defaultValue = "vi", paramLabel = "vi|en")
    Language lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Locale locale() {
        return language().locale();
    }

    Language language() {
        return lang == null ? Language.vi : lang;
    }

    /** No command given: the help, and exit 2, since nothing was done. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(language().say("error.noCommand"));
        spec.commandLine().usage(err);
        err.flush();
        return UNUSABLE;
    }

    /** A command line wired with this project's languages and error handling; {@code out} and {@code err} receive the text. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DialogueCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setResourceBundle(Language.vi.bundle());
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> {
            // the help of --help and `help` is printed while executing: in the language asked for
            parsed.commandSpec().commandLine().setResourceBundle(Language.in(parsed.originalArgs()
                    .toArray(String[]::new)).bundle());
            return run.execute(parsed);
        });
        cl.setParameterExceptionHandler((e, args) -> {
            Language language = Language.in(args);
            CommandLine failed = e.getCommandLine();
            failed.setResourceBundle(language.bundle());
            PrintWriter w = failed.getErr();
            w.println(usageError(e, language));
            w.println(language.say("error.seeHelp", failed.getCommandSpec().qualifiedName()));
            w.flush();
            return UNUSABLE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Language language = Language.in(parseResult.originalArgs().toArray(String[]::new));
            boolean verbose = parseResult.matchedOption("--verbose") != null
                    || parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--verbose") != null;
            PrintWriter w = commandLine.getErr();
            w.println(message(e, language));
            if (verbose) {
                e.printStackTrace(w);
            }
            w.flush();
            return UNUSABLE;
        });
        return cl;
    }

    /** What went wrong with the command line itself, in the user's language. */
    static String usageError(CommandLine.ParameterException e, Language language) {
        if (e.getArgSpec() instanceof CommandLine.Model.OptionSpec o && o.longestName().equals("--lang")) {
            return language.say("error.lang", e.getValue() == null ? "" : e.getValue());
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return language.say("error.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return language.say("error.missing", m.getMissing().stream().map(DialogueCommand::name)
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return language.say("error.invalidValue", e.getValue(), name(e.getArgSpec()), e.getMessage());
        }
        return language.say("error.usage", e.getMessage());
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    /** A failure while running a command, as one message in the user's language. */
    static String message(Exception e, Language language) {
        if (e instanceof PlanFileException p) {
            StringBuilder s = new StringBuilder(language.say(p.problems().size() == 1 ? "error.problem"
                    : "error.problems", p.problems().size(), p.file()));
            for (Problem problem : p.problems()) {
                s.append(System.lineSeparator()).append("  ").append(problem.format(language.locale()));
            }
            return s.toString();
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException n) {
            return language.say("error.notFound", n.getFile());
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof AccessDeniedException a) {
            return language.say("error.denied", a.getFile());
        }
        if (e instanceof NoSuchFileException n) {
            return language.say("error.notFound", n.getFile());
        }
        if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            return language.say("error.io", cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return language.say("error.unexpected", e.toString());
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
            err.println("lỗi: không đủ bộ nhớ hoặc lỗi bên trong khi làm lệnh này (tệp đầu vào quá lớn?) / error: not enough "
                    + "memory, or an internal error, for this command (is an input file too large?)");
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(err);
            }
            err.flush();
            return UNUSABLE;
        }
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J, whose level the jar sets to WARN
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
