package vn.dialogue.planfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.dialogue.plan.Plan;
import vn.dialogue.text.Bilingual;

/**
 * Reads and writes plan files, YAML or JSON, losslessly: read, write and read again gives an equal plan, and
 * writing the same plan always gives the same bytes.
 *
 * <p>Reading never lets a Jackson exception escape: a bad file gives one {@link PlanFileException} listing
 * every problem found with file, line, column and field path. Unknown fields are errors. Text is stored in
 * Unicode NFC (the domain types normalise it).
 *
 * <p>Parser limits, set explicitly, each exceeded limit reported as a {@link PlanFileException} in plain words at
 * its line: {@value #MAX_DOCUMENT_CHARS} characters per document, {@value #MAX_STRING_CHARS} characters per text
 * value, {@value #MAX_NESTING} levels of nesting, {@value #MAX_NUMBER_CHARS} characters per number,
 * {@value #MAX_NAME_CHARS} characters per field name, and {@value #MAX_ALIASES} YAML aliases: the YAML parser
 * streams events and never expands an alias ({@code *name}); it would hand the alias's name to the binder as if
 * it were the value, so every alias is refused, and an exponential expansion ("billion laughs") cannot happen.
 * Also refused, each at its line: YAML tags other than the core ones ({@code !!binary}, {@code !custom}),
 * control characters other than tab and line breaks (also when escaped, as {@code "\0"}), unpaired surrogates,
 * a field given twice, and a second document after the plan.
 *
 * <p>Thread-safe: the mappers are shared and immutable.
 */
public final class PlanFiles {

    private static final Bilingual NOTHING = Bilingual.of("tệp chỉ có chú thích hoặc dấu tài liệu, không có nội dung",
            "the file holds nothing but comments or document markers");

    /** Largest accepted document, in characters. */
    public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
    /** Largest accepted text value, in characters. */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** Deepest accepted nesting of blocks and lists. */
    public static final int MAX_NESTING = 40;
    /** Longest accepted number, in characters. */
    public static final int MAX_NUMBER_CHARS = 20;
    /** Longest accepted field name, in characters. */
    public static final int MAX_NAME_CHARS = 256;
    /** YAML aliases accepted per document: none, since aliases are not expanded (see the class comment). */
    public static final int MAX_ALIASES = 0;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNestingDepth(MAX_NESTING)
            .maxNameLength(MAX_NAME_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .build();

    /**
     * The YAML engine's own limits, the same as above. The code point limit is enforced by its scanner; the alias
     * and recursive-key settings only bind its composer, which the streaming parser does not use: aliases are
     * refused by {@link TokenScan}. Set all the same, so that nothing composed from these settings could expand.
     */
    private static final LoadSettings YAML_LIMITS = LoadSettings.builder()
            .setCodePointLimit(MAX_DOCUMENT_CHARS)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .setAllowDuplicateKeys(false)
            .build();

    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(LIMITS)
            .loadSettings(YAML_LIMITS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())).build();

    /** Built on first use: most programs read YAML only, and a mapper takes a while to build in a fresh JVM. */
    private static final class Json {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(LIMITS).build())).enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private PlanFiles() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new PlanFileModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                        .withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                        .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                        .withContentInclusion(JsonInclude.Include.NON_EMPTY))
                // an empty text that was read (a required field left "") is written back, so that it reads again
                .withConfigOverride(String.class, o -> o.setInclude(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)));
    }

    /**
     * Reads a plan file; the format follows the extension ({@code .json}, else YAML).
     *
     * @param file the file to read
     * @return the plan, NFC-normalised
     * @throws PlanFileException    if the content is not a valid plan, listing every problem, or if the file is
     *                              larger than {@value YamlFiles#MAX_FILE_BYTES} bytes (checked before reading)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Plan read(Path file) {
        return read(file, Plan.class);
    }

    /** Reads any value of the plan-file family (a plan, a unit mapping...) from a file, as {@link #read(Path)}. */
    static <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        // the size is checked before reading, and the read is bounded (see YamlFiles)
        byte[] bytes = YamlFiles.readBytes(file, YamlFiles.PLAN);
        return read(file.toString(), bytes, Format.of(file), type);
    }

    /**
     * Reads a plan from bytes (UTF-8, an optional byte-order mark is skipped).
     *
     * @param name the file name to print in problems
     * @param bytes the file's content
     * @param format the format to render to
     * @return the plan, NFC-normalised
     * @throws PlanFileException if the content is not a valid plan, listing every problem
     */
    public static Plan read(String name, byte[] bytes, Format format) {
        return read(name, bytes, format, Plan.class);
    }

    static <T> T read(String name, byte[] bytes, Format format, Class<T> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        String text = YamlFiles.decoded(name, bytes, YamlFiles.PLAN); // strict UTF-8, as every YAML file
        return read(name, text, format, type);
    }

    /**
     * Reads a plan from text.
     *
     * @param name the file name to print in problems
     * @param format the format to render to
     * @param text the plan file's text
     * @return the plan, NFC-normalised
     * @throws PlanFileException if the content is not a valid plan, listing every problem
     */
    public static Plan read(String name, String text, Format format) {
        return read(name, text, format, Plan.class);
    }

    static <T> T read(String name, String text, Format format, Class<T> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        text = YamlFiles.text(name, text, YamlFiles.PLAN); // byte-order mark, empty file, size: as every YAML file
        return readChecked(name, text, format, type);
    }

    /**
     * The one read: a scan of its own that lists every token problem and indexes every field's place, then
     * binding with every problem collected, then, on a failure, a walk of the tree for what cannot be built.
     */
    private static <T> T readChecked(String name, String text, Format format, Class<T> type) {
        ObjectMapper mapper = mapper(format);
        TokenScan scan = TokenScan.of(text, mapper);
        if (!scan.problems().isEmpty()) {
            List<ProblemCollector.Raw> found = new ArrayList<>(scan.problems());
            if (scan.syntaxProblem() != null) {
                found.add(scan.syntaxProblem());
            }
            throw new PlanFileException(name, locate(name, scan.index(), found));
        }
        ProblemCollector collector = new ProblemCollector();
        T value = null;
        List<ProblemCollector.Raw> raw = new ArrayList<>();
        try {
            value = mapper.readerFor(type).withHandler(collector).readValue(text);
            raw.addAll(collector.problems());
            if (value == null && raw.isEmpty()) {
                raw.add(new ProblemCollector.Raw("", NOTHING, 0, 0));
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            boolean syntax = e instanceof tools.jackson.core.exc.StreamReadException;
            for (ProblemCollector.Raw r : collector.problems()) {
                // after a syntax error, what the binder saw on that line is noise
                if (!syntax || at == null || r.line() < at.getLineNr()) {
                    raw.add(r);
                }
            }
            int before = raw.size();
            if (!syntax) {
                try {
                    new ConstructionProblems(mapper, raw).walk(mapper.readTree(text), type, "");
                } catch (JacksonException again) {
                    // the tree cannot be read either: the first exception says why
                }
            }
            if (raw.size() == before) {
                raw.add(syntax && scan.syntaxProblem() != null ? scan.syntaxProblem() : raw(e));
            }
        } catch (RuntimeException | StackOverflowError e) {
            raw.addAll(collector.problems());
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            raw.add(new ProblemCollector.Raw("", Bilingual.of("nội dung không đọc được: " + why,
                    "unreadable content: " + why), 0, 0));
        }
        if (raw.isEmpty()) {
            return value;
        }
        throw new PlanFileException(name, locate(name, scan.index(), raw));
    }

    /**
     * Writes a plan as text in the given format; the same plan always gives the same text.
     *
     * @param plan the plan
     * @param format the format to render to
     * @return the text, ending with a line feed
     */
    public static String write(Plan plan, Format format) {
        Objects.requireNonNull(plan, "plan");
        return mapper(format).writeValueAsString(plan);
    }

    /** Writes any value of the plan-file family as text in the given format. */
    static String writeValue(Object value, Format format) {
        Objects.requireNonNull(value, "value");
        return mapper(format).writeValueAsString(value);
    }

    /**
     * Writes a plan to a file, in the format its extension implies.
     *
     * @param plan the plan
     * @param file the file to write, replaced if it exists
     */
    public static void write(Plan plan, Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Files.writeString(file, write(plan, Format.of(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The configured mapper for a format, for hosts that embed plans in their own documents. */
    static ObjectMapper mapper(Format format) {
        return format == Format.JSON ? Json.MAPPER : YAML;
    }

    /** A Jackson exception as a problem at its own location. */
    private static ProblemCollector.Raw raw(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return new ProblemCollector.Raw(pointer(e), plainMessage(e),
                at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0));
    }

    /** A Jackson exception's message in the plan file's words, without class names. */
    static Bilingual plainMessage(JacksonException e) {
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException limit) {
            // e.g. a 65,536-character text where a whole number is expected
            return TokenScan.limit(limit);
        }
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : firstLine(e.getOriginalMessage()).replace("`", "");
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && message.startsWith("Cannot coerce empty String")) {
            return ProblemCollector.emptyText(m.getTargetType());
        }
        if (message.startsWith("No content to map")) {
            return NOTHING;
        }
        return Bilingual.of("không đọc được giá trị: " + message, message);
    }

    private static String pointer(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            s.append('/');
            if (ref.getPropertyName() != null) {
                s.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                s.append(ref.getIndex());
            }
        }
        return s.toString();
    }

    /** The first line of a parser message that says something (the YAML engine's start with a line break). */
    static String firstLine(String message) {
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse("unreadable content");
        return line.replaceAll(" \\(for Object starting at.*", "").strip();
    }

    /** Turns pointers into field paths and finds each one's line and column in the text. */
    private static List<Problem> locate(String name, Map<String, TokenStreamLocation> index,
                                        List<ProblemCollector.Raw> raw) {
        LinkedHashSet<Problem> problems = new LinkedHashSet<>();
        for (ProblemCollector.Raw r : raw) {
            int line = r.line();
            int column = r.column();
            String p = r.pointer();
            while (!r.exact() || line <= 0) {
                TokenStreamLocation at = index.get(p);
                if (at != null) {
                    line = at.getLineNr();
                    column = at.getColumnNr();
                    break;
                }
                if (p.isEmpty()) {
                    break;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
            problems.add(new Problem(name, Math.max(line, 0), Math.max(column, 0), fieldPath(r.pointer()),
                    r.message()));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    /** "/implementation/parts/1/assignments/0" becomes "implementation.parts[1].assignments[0]". */
    static String fieldPath(String pointer) {
        StringBuilder s = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                s.append('[').append(name).append(']');
            } else {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(name);
            }
        }
        return s.toString();
    }
}
