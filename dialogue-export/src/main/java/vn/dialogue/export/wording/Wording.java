package vn.dialogue.export.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import vn.dialogue.planfile.PlanFileException;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.YamlFiles;
import vn.dialogue.text.Bilingual;
import vn.dialogue.text.Nfc;

/**
 * The fixed words of documents ("Nơi nhận:", "Số:", the national motto, "KẾ HOẠCH", the date
 * line pattern, ...), keyed by dotted names such as {@code header.motto}.
 *
 * <p>The defaults are {@code vi.yaml} and {@code en.yaml} beside this class. A province or a
 * dialogue overrides any of them with a YAML file of the same shape holding only the keys it
 * changes ({@link #overriddenBy(Path)}); an unknown key is an error naming the file and line, so a
 * misspelt key is never silently ignored. Texts may hold placeholders {@code {name}} filled by
 * {@link #format}. Immutable and thread-safe.
 */
public final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)}");
    /** What a wording file is, in problems. */
    private static final Bilingual KIND = Bilingual.of("tệp từ ngữ", "wording file");

    private final Locale locale;
    private final Map<String, String> texts;

    private Wording(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /**
     * The built-in Vietnamese wording.
     *
     * @return the built-in Vietnamese wording
     */
    public static Wording vietnamese() {
        return defaults(Locale.forLanguageTag("vi-VN"));
    }

    /**
     * The built-in English rendering of the same documents.
     *
     * @return the built-in English rendering of the same documents
     */
    public static Wording english() {
        return defaults(Locale.ENGLISH);
    }

    /**
     * The built-in wording for {@code locale}: Vietnamese for language {@code vi}, English otherwise.
     *
     * @param locale the language of the text: Vietnamese ({@code vi}) or English ({@code en})
     * @return the built-in wording for {@code locale}: Vietnamese for language {@code vi}, English otherwise
     */
    public static Wording defaults(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // read once: every document starts from a built-in wording, and a Wording is immutable
        return "vi".equals(locale.getLanguage()) ? Vietnamese.WORDING : English.WORDING;
    }

    /** The built-in Vietnamese wording, read from the class path on first use. */
    private static final class Vietnamese {
        static final Wording WORDING = load(true);
    }

    /** The built-in English wording, read from the class path on first use. */
    private static final class English {
        static final Wording WORDING = load(false);
    }

    private static Wording load(boolean vi) {
        String resource = vi ? "vi.yaml" : "en.yaml";
        try (InputStream in = Wording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in wording " + resource + " is missing from the class path");
            }
            Map<String, String> texts = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, null);
            return new Wording(vi ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in wording " + resource, e);
        }
    }

    /**
     * This wording with the keys of the YAML file {@code file} replaced. The file is read as every YAML file of the
     * library is ({@link YamlFiles}): its size checked before reading, one document, no alias, no tag beyond the
     * core ones, no key given twice, no control character, within the plan files' limits.
     *
     * @throws PlanFileException        naming the file, line and column if it is not such YAML (empty, two
     *                                  documents, an alias...), Vietnamese first
     * @throws IllegalArgumentException naming the file and line if the file is not a mapping of
     *                                  known keys to texts
     * @throws UncheckedIOException     if the file cannot be read
     */
    public Wording overriddenBy(Path file) {
        Objects.requireNonNull(file, "file");
        return overridden(YamlFiles.read(file, KIND), file.toString());
    }

    /**
     * This wording with the keys read from {@code yaml} replaced; {@code source} names the input in errors. Read
     * as {@link #overriddenBy(Path)}, at most {@value PlanFiles#MAX_DOCUMENT_CHARS} characters.
     *
     * @throws PlanFileException        naming the source, line and column if it is not safe YAML
     * @throws IllegalArgumentException naming the source and line if the input is not a mapping of
     *                                  known keys to texts
     */
    public Wording overriddenBy(Reader yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = yaml.read(buffer)) >= 0 && text.length() <= PlanFiles.MAX_DOCUMENT_CHARS; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": không đọc được tệp từ ngữ / cannot read the wording file", e);
        }
        String checked = YamlFiles.text(source, text.toString(), KIND);
        YamlFiles.check(source, checked, KIND);
        return overridden(checked, source);
    }

    private Wording overridden(String checked, String source) {
        Map<String, String> merged = new LinkedHashMap<>(texts);
        merged.putAll(read(checked, source, texts.keySet()));
        return new Wording(locale, merged);
    }

    /**
     * This wording with the given keys replaced.
     *
     * @param overrides texts by key, e.g. {@code header.motto}
     * @return this wording with the given keys replaced
     * @throws IllegalArgumentException if a key is unknown
     */
    public Wording overriddenBy(Map<String, String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Map<String, String> merged = new LinkedHashMap<>(texts);
        overrides.forEach((k, v) -> {
            if (!texts.containsKey(k)) {
                throw new IllegalArgumentException("unknown wording key '" + k + "'");
            }
            merged.put(k, Nfc.of(Objects.requireNonNull(v, "value of " + k)));
        });
        return new Wording(locale, merged);
    }

    /**
     * The language of this wording.
     *
     * @return the language of this wording
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Every key with its text, sorted by key.
     *
     * @return every key with its text, sorted by key
     */
    public Map<String, String> asMap() {
        return texts;
    }

    /**
     * The text of {@code key}, never null.
     *
     * @param key the text's key, e.g. {@code header.motto}
     * @return the text of {@code key}, never null
     * @throws IllegalArgumentException if there is no such key
     */
    public String text(String key) {
        Objects.requireNonNull(key, "key");
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("unknown wording key '" + key + "'");
        }
        return t;
    }

    /**
     * The text of {@code key} with each placeholder {@code {name}} replaced by {@code values.get(name)}.
     *
     * @param key the text's key, e.g. {@code header.number}
     * @param values the values of the text's placeholders, by name
     * @return the text of {@code key} with each placeholder {@code {name}} replaced by {@code values.get(name)}
     * @throws IllegalArgumentException if the key is unknown or a placeholder has no value
     */
    public String format(String key, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        String template = text(key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("wording '" + key + "' needs a value for {" + m.group(1)
                        + "}; given: " + values.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return Nfc.of(sb.toString());
    }

    /**
     * The number line: "Số: 05/KH-UBND" for an issued document, "Số:      /KH-UBND" for a draft
     * ({@code number} null). Numbers are padded to {@code header.number-digits} digits.
     *
     * @param number the registered number, at least 1, or null for a draft
     * @param symbol the symbol after the slash ("KH-UBND"), never null
     * @return the number line: "Số: 05/KH-UBND" for an issued document, "Số: /KH-UBND" for a draft ({@code number}
     *         null)
     * @throws IllegalArgumentException if {@code number} is less than 1
     */
    public String numberLine(@Nullable Integer number, String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String printed;
        if (number == null) {
            printed = text("header.number-blank");
        } else {
            if (number < 1) {
                throw new IllegalArgumentException("document numbers start at 1, got " + number);
            }
            printed = pad(number, "header.number-digits");
        }
        return format("header.number", Map.of("number", printed, "symbol", symbol));
    }

    /**
     * The place and date line: "Kon Tum, ngày 05 tháng 01 năm 2020". A draft leaves the day, or
     * the day and month, blank ("Kon Tum, ngày      tháng 10 năm 2024"). Days are padded to
     * {@code date.day-digits} digits; months print as {@code date.month.<n>}.
     *
     * @param place the place name, never null
     * @param day   the day of the month, or null while unknown
     * @param month the month 1-12, or null while unknown
     * @param year  the year
     * @return the place and date line: "Kon Tum, ngày 05 tháng 01 năm 2020"
     * @throws IllegalArgumentException if the day or month is out of range or the day is given without the month
     */
    public String placeAndDate(String place, @Nullable Integer day, @Nullable Integer month, int year) {
        Objects.requireNonNull(place, "place");
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1 to 12, got " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a date line cannot give the day " + day + " without the month");
            }
            int max = java.time.YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > max) {
                throw new IllegalArgumentException("day must be 1 to " + max + " in " + month + "/" + year + ", got " + day);
            }
        }
        String d = day == null ? text("date.day-blank") : pad(day, "date.day-digits");
        String m = month == null ? text("date.month-blank") : text("date.month." + month);
        return format("date.line", Map.of("place", place, "day", d, "month", m, "year", Integer.toString(year)));
    }

    /**
     * A date inside running text: "ngày 01 tháng 12 năm 2022", padded like the date line.
     *
     * @param date the day
     * @return a date inside running text: "ngày 01 tháng 12 năm 2022", padded like the date line
     */
    public String inlineDate(java.time.LocalDate date) {
        Objects.requireNonNull(date, "date");
        return format("date.inline", Map.of("day", pad(date.getDayOfMonth(), "date.day-digits"),
                "month", text("date.month." + date.getMonthValue()), "year", Integer.toString(date.getYear())));
    }

    /**
     * The place and date line of a known date.
     *
     * @param place the place name, never null
     * @param date  the day
     * @return the place and date line of a known date
     */
    public String placeAndDate(String place, java.time.LocalDate date) {
        Objects.requireNonNull(date, "date");
        return placeAndDate(place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private String pad(int n, String digitsKey) {
        int digits;
        try {
            digits = Integer.parseInt(text(digitsKey).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wording '" + digitsKey + "' must be a number of digits, was '"
                    + text(digitsKey) + "'", e);
        }
        String s = Integer.toString(n);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    /** The keys of a checked wording text ({@link YamlFiles#check}). */
    private static Map<String, String> read(String text, String source, @Nullable Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser p = YamlFiles.parser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return out;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(where(source, p) + "a wording file must be a mapping of keys to texts");
            }
            Deque<String> path = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME) {
                    continue;
                }
                if (t == JsonToken.END_OBJECT) {
                    if (!path.isEmpty()) {
                        path.removeLast();
                    }
                    continue;
                }
                String key = key(path, p.currentName());
                if (t == JsonToken.START_OBJECT) {
                    path.addLast(p.currentName());
                } else if (t.isScalarValue()) {
                    if (known != null && !known.contains(key)) {
                        throw new IllegalArgumentException(where(source, p) + "unknown wording key '" + key + "'");
                    }
                    if (t == JsonToken.VALUE_NULL) {
                        throw new IllegalArgumentException(where(source, p) + "wording key '" + key + "' has no text");
                    }
                    out.put(key, Nfc.of(p.getString()));
                } else {
                    throw new IllegalArgumentException(where(source, p) + "wording key '" + key
                            + "' must be a text or a mapping, not a list");
                }
            }
        } catch (JacksonException e) {
            // the check has read the same text with the same parser: this does not happen
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + " line " + line + ": không đọc được YAML / not readable YAML", e);
        }
        return out;
    }

    private static String key(Deque<String> path, @Nullable String name) {
        String leaf = name == null ? "" : name;
        return path.isEmpty() ? leaf : String.join(".", path) + "." + leaf;
    }

    private static String where(String source, JsonParser p) {
        return source + " line " + p.currentTokenLocation().getLineNr() + ": ";
    }
}
