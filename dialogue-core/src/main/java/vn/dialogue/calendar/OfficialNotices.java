package vn.dialogue.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dialogue.text.Bilingual;
import vn.dialogue.text.YamlCheck;

/**
 * Reads {@link OfficialNotice}s from YAML, and lists the notices shipped with the library.
 *
 * <p>The format, one file holding any number of notices:
 * <pre>{@code
 * notices:
 *   - reference: "Công văn 2450/VPCP-KGVX"
 *     issuer: "Văn phòng Chính phủ"
 *     date: 2024-04-12             # optional: the day the document was signed
 *     subject: "Hoán đổi ngày làm việc dịp 30/4 và 1/5/2024"   # optional
 *     source: "where the notice was read"
 *     daysOff:                     # optional
 *       - {from: 2024-04-27, to: 2024-05-01, name: "Nghỉ lễ 30/4 và 1/5"}
 *     workingDays:                 # optional
 *       - {date: 2024-05-04, name: "Làm bù cho ngày 29/4/2024"}
 *     ruleDays:                    # optional: the days of a holiday rule in that year
 *       - {rule: tet-am-lich, from: 2026-02-16, to: 2026-02-20}
 *     decides:                     # optional: the holiday periods and years the notice settles
 *       - {period: chien-thang-lao-dong, year: 2024}
 * }</pre>
 * A notice that changes no day but decides a period (the Government keeps the Labour Code's days)
 * gives only {@code decides}.
 * Unknown fields, duplicate keys, missing required fields and malformed dates are rejected with a
 * {@link NoticeFormatException} naming the file, line, column and field. Thread-safe.
 */
public final class OfficialNotices {

    private static final String BUNDLED_INDEX = "notices/index.txt";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OfficialNotices() {
    }

    /**
     * The notices shipped with the library (see {@code vn/dialogue/calendar/notices/}), each file
     * citing where its notices came from. Never null.
     *
     * @return the notices shipped with the library (see {@code vn/dialogue/calendar/notices/}), each file citing where
     *         its notices came from
     */
    public static List<OfficialNotice> bundled() {
        List<OfficialNotice> all = new ArrayList<>();
        for (String name : readResource(BUNDLED_INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            all.addAll(parse(readResource("notices/" + name), name));
        }
        return List.copyOf(all);
    }

    /**
     * Reads the notices of a YAML file.
     *
     * @param file the file to read
     * @return the notices, in file order
     * @throws NoticeFormatException if the file is not a valid notice file
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static List<OfficialNotice> read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            // the size checked first, the read bounded, the text checked: the plan files' hardened reading
            return parse(YAML.read(file, KIND), file.toString());
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read notice file " + file, e.getCause());
        } catch (YamlCheck.Refused e) {
            throw noticeProblem(e);
        }
    }

    /**
     * Reads the notices of a UTF-8 YAML stream; does not close it.
     *
     * @param sourceName names the stream in error messages, e.g. a file name
     * @param in the stream, read to its end
     * @return the notices, in file order
     * @throws NoticeFormatException if the stream is not a valid notice file
     */
    public static List<OfficialNotice> read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sourceName);
    }

    /**
     * Reads the notices of a YAML text.
     *
     * @param sourceName names the text in error messages
     * @param yaml the notices file's text
     * @return the notices, in file order
     * @throws NoticeFormatException if the text is not a valid notice file
     */
    public static List<OfficialNotice> parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        return read(new java.io.StringReader(yaml), sourceName);
    }

    private static List<OfficialNotice> read(Reader in, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; sb.length() <= 4 * 1024 * 1024 && (n = in.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notice file " + sourceName, e);
        }
        return parseChecked(text, sourceName);
    }

    /** Parses a notice text after the hardened YAML check every YAML file of the library goes through. */
    private static List<OfficialNotice> parseChecked(String raw, String sourceName) {
        String text;
        try {
            text = YAML.check(sourceName, raw, KIND);
        } catch (YamlCheck.Refused e) {
            throw noticeProblem(e);
        }
        FileDto file;
        try {
            file = MAPPER.readValue(text, FileDto.class);
        } catch (JacksonException e) {
            throw translate(e, text, sourceName);
        }
        if (file == null) {
            throw new NoticeFormatException(sourceName, 0, 0, "", "the file is empty: expected 'notices:'", null);
        }
        return file.notices.stream().map(NoticeDto::toNotice).toList();
    }

    /** What kind of file a notice file is, in problems. */
    private static final Bilingual KIND = Bilingual.of("tệp thông báo ngày nghỉ", "notice file");

    /** The hardened YAML reading of every YAML file (the plan files'), found at run time. */
    private static final YamlCheck YAML = YamlCheck.installed();

    /** The hardened reading's problems as a notice-file error: the first one's place, all of them listed. */
    private static NoticeFormatException noticeProblem(YamlCheck.Refused e) {
        return new NoticeFormatException(e.file(), e.line(), e.column(), e.field(), e.problem(), e);
    }

    private static NoticeFormatException translate(JacksonException e, String text, String sourceName) {
        List<Object> segments = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
                segments.add(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
                segments.add(ref.getIndex());
            }
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe
                && npe.getMessage() != null) {
            // a record's requireNonNull names the field that was given no value
            path.append(path.length() > 0 ? "." : "").append(npe.getMessage());
            segments.add(npe.getMessage());
        }
        // Jackson buffers record properties and then loses the location: find it by the path instead
        int[] at = segments.isEmpty() || e instanceof StreamReadException ? null : locate(text, segments);
        if (at == null) {
            TokenStreamLocation loc = e.getLocation();
            at = loc == null ? new int[] {0, 0} : new int[] {Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0)};
        }
        String message = String.valueOf(e.getOriginalMessage());
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown field '" + u.getPropertyName() + "' (known: " + u.getKnownPropertyIds() + ")";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
            problem = "'" + f.getValue() + "' is not a date (expected yyyy-mm-dd)";
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            Throwable cause = v.getCause();
            problem = cause instanceof NullPointerException ? "missing value" : String.valueOf(cause.getMessage());
        } else if (message.startsWith("Missing required creator property")) {
            problem = "missing required field";
        } else if (message.startsWith("No content to map")) {
            problem = "the file is empty: expected 'notices:'";
        } else if (message.startsWith("Duplicate Object property")) {
            problem = "duplicate field" + message.substring("Duplicate Object property".length());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() == LocalDate.class) {
            problem = "not a date (expected yyyy-mm-dd)";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() == String.class) {
            problem = "expected text";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && List.class.isAssignableFrom(m.getTargetType())) {
            // Jackson names the implementation it would have built (ArrayList), not the declared List
            problem = "expected a list";
        } else {
            problem = plain(firstLine(message));
        }
        return new NoticeFormatException(sourceName, at[0], at[1], path.toString(), problem, e);
    }

    /** A parser message without Java type names: "`java.lang.String`" as "text", other types by their simple name. */
    private static String plain(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([\\w.$]+)`").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String type = m.group(1);
            String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
            String word = switch (simple) {
                case "String" -> "text";
                case "LocalDate" -> "date (yyyy-mm-dd)";
                case "List", "ArrayList" -> "list";
                default -> simple.endsWith("Dto") ? "block of fields" : simple;
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString().replace("Exception", "error").replaceAll(" \\(for Object starting at.*", "");
    }

    /** Line and column of the value at {@code segments} (or of its nearest enclosing value), or null. */
    private static int @Nullable [] locate(String text, List<Object> segments) {
        Map<String, int[]> where = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    TokenStreamLocation loc = p.currentTokenLocation();
                    where.put(p.streamReadContext().pathAsPointer().toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        } catch (JacksonException ignored) {
            // a syntax error: the locations read so far still help
        }
        for (int n = segments.size(); n > 0; n--) {
            StringBuilder pointer = new StringBuilder();
            for (Object seg : segments.subList(0, n)) {
                pointer.append('/').append(seg.toString().replace("~", "~0").replace("/", "~1"));
            }
            int[] at = where.get(pointer.toString());
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String readResource(String name) {
        try (InputStream in = OfficialNotices.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource vn/dialogue/calendar/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    // The file is read into these records first so that Jackson reports the line and field of
    // each problem; each record validates by building the domain value it stands for.

    record FileDto(@JsonProperty(required = true) List<NoticeDto> notices) {
        FileDto {
            Objects.requireNonNull(notices, "notices");
        }
    }

    record NoticeDto(@JsonProperty(required = true) String reference,
                     @JsonProperty(required = true) String issuer,
                     @Nullable LocalDate date,
                     @Nullable String subject,
                     @JsonProperty(required = true) String source,
                     @Nullable List<DaysOffDto> daysOff,
                     @Nullable List<WorkingDayDto> workingDays,
                     @Nullable List<RuleDaysDto> ruleDays,
                     @Nullable List<DecisionDto> decides) {
        NoticeDto {
            toNotice(reference, issuer, date, subject, source, daysOff, workingDays, ruleDays, decides);
        }

        OfficialNotice toNotice() {
            return toNotice(reference, issuer, date, subject, source, daysOff, workingDays, ruleDays, decides);
        }

        private static OfficialNotice toNotice(String reference, String issuer, @Nullable LocalDate date,
                                               @Nullable String subject, String source,
                                               @Nullable List<DaysOffDto> daysOff, @Nullable List<WorkingDayDto> workingDays,
                                               @Nullable List<RuleDaysDto> ruleDays, @Nullable List<DecisionDto> decides) {
            return new OfficialNotice(reference, issuer, date, subject == null ? "" : subject, source,
                    orEmpty(daysOff).stream().map(DaysOffDto::toValue).toList(),
                    orEmpty(workingDays).stream().map(WorkingDayDto::toValue).toList(),
                    orEmpty(ruleDays).stream().map(RuleDaysDto::toValue).toList(),
                    orEmpty(decides).stream().map(DecisionDto::toValue).toList());
        }
    }

    record DecisionDto(@JsonProperty(required = true) String period,
                       @JsonProperty(required = true) Integer year) {
        DecisionDto {
            new OfficialNotice.Decision(period, Objects.requireNonNull(year, "year"));
        }

        OfficialNotice.Decision toValue() {
            return new OfficialNotice.Decision(period, year);
        }
    }

    record DaysOffDto(@JsonProperty(required = true) LocalDate from,
                      @JsonProperty(required = true) LocalDate to,
                      @JsonProperty(required = true) String name) {
        DaysOffDto {
            new OfficialNotice.DaysOff(from, to, name);
        }

        OfficialNotice.DaysOff toValue() {
            return new OfficialNotice.DaysOff(from, to, name);
        }
    }

    record WorkingDayDto(@JsonProperty(required = true) LocalDate date,
                         @JsonProperty(required = true) String name) {
        WorkingDayDto {
            new OfficialNotice.WorkingDay(date, name);
        }

        OfficialNotice.WorkingDay toValue() {
            return new OfficialNotice.WorkingDay(date, name);
        }
    }

    record RuleDaysDto(@JsonProperty(required = true) String rule,
                       @JsonProperty(required = true) LocalDate from,
                       @JsonProperty(required = true) LocalDate to) {
        RuleDaysDto {
            new OfficialNotice.RuleDays(rule, from, to);
        }

        OfficialNotice.RuleDays toValue() {
            return new OfficialNotice.RuleDays(rule, from, to);
        }
    }
}
