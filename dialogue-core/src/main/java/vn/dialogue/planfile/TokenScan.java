package vn.dialogue.planfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import vn.dialogue.text.Bilingual;

/**
 * One streaming pass over a plan file before it is bound: records where every field starts, and finds what binding
 * would silently change or report at the wrong place. Not thread-safe; one instance per read.
 *
 * <p>It reports, each at its own line and column:
 * <ul>
 *   <li>a parser limit exceeded (text value length, nesting depth, number length, name length), in plain words;</li>
 *   <li>a YAML alias ({@code *name}): the streaming YAML parser does not expand aliases and would hand the alias's
 *       name to the binder as if it were the value, so every alias is refused and no expansion (and no "billion
 *       laughs" blow-up) can ever happen;</li>
 *   <li>a YAML tag other than the core ones ({@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool},
 *       {@code !!null}, {@code !!seq}, {@code !!map}, {@code !}): {@code !!binary} or a custom {@code !tag} would
 *       otherwise be dropped or decoded silently;</li>
 *   <li>a character no document can carry: C0 and C1 control characters (NEL included) other than tab, line feed and carriage
 *       return (also when written as escapes such as {@code "\0"} or {@code "\x07"}), unpaired surrogates, and the
 *       non-characters U+FFFE and U+FFFF;</li>
 *   <li>a field given twice in one block (with the line of the first);</li>
 *   <li>an empty entry in a list (a {@code -} with nothing after it), which no list of the plan can hold;</li>
 *   <li>a list directly inside a list, which no field holds (Jackson would read the inner list's first item as
 *       the value and the rest out of step);</li>
 *   <li>a second document or value after the plan.</li>
 * </ul>
 * A syntax error ends the pass; it is kept apart so that the reader can report it with what came before it.
 */
final class TokenScan {

    private static final Set<String> CORE_TAGS = Set.of("!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\((\\d+)\\)");

    private final Map<String, TokenStreamLocation> index = new HashMap<>();
    private final List<ProblemCollector.Raw> problems = new ArrayList<>();
    private @Nullable JacksonException syntax;
    private ProblemCollector.@Nullable Raw syntaxProblem;
    // the pass's state: duplicates are found here, with the line of the first; the parser's own check would stop
    // the pass with a location that is not always the duplicate's
    private final Deque<Map<String, TokenStreamLocation>> names = new ArrayDeque<>();
    private @Nullable TokenStreamLocation last;
    private String pointer = "";
    private int depth;
    private boolean rootDone;

    private TokenScan() {
    }

    /** Where each JSON pointer's value (or property name) starts. */
    Map<String, TokenStreamLocation> index() {
        return index;
    }

    /** What the pass found, in document order; empty when binding may go ahead. */
    List<ProblemCollector.Raw> problems() {
        return problems;
    }

    /** The syntax error that ended the pass as a problem, at the better of its own and the last token's place. */
    ProblemCollector.@Nullable Raw syntaxProblem() {
        return syntaxProblem;
    }

    /** The syntax error that ended the pass, if any. */
    @Nullable JacksonException syntax() {
        return syntax;
    }

    /** The thorough pass: its own parse of {@code text}, every problem listed, the index of every field kept. */
    static TokenScan of(String text, ObjectMapper mapper) {
        TokenScan scan = new TokenScan();
        scan.run(text, mapper);
        return scan;
    }

    private void run(String text, ObjectMapper mapper) {
        if (rawCharacters(text)) {
            return;
        }
        try (JsonParser p = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (!token(p, t)) {
                    return;
                }
            }
        } catch (TooMany e) {
            problems.add(new ProblemCollector.Raw("", Bilingual.of("còn hơn " + MAX_PROBLEMS + " lỗi như vậy; không "
                    + "liệt kê hết", "more than " + MAX_PROBLEMS + " such problems; the rest are not listed"),
                    last == null ? 0 : last.getLineNr(),
                    last == null ? 0 : last.getColumnNr() + 1, true));
        } catch (StreamConstraintsException e) {
            add(pointer, limit(e), last == null ? e.getLocation() : last);
        } catch (JacksonException e) {
            syntax = e;
            TokenStreamLocation said = e.getLocation();
            // the YAML parser sometimes places an error at 1:1; it cannot lie before the last good token
            TokenStreamLocation where = said == null || last != null && (said.getLineNr() < last.getLineNr()
                    || said.getLineNr() == last.getLineNr() && said.getColumnNr() < last.getColumnNr()) ? last : said;
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                    : firstLine(e.getOriginalMessage()).replace("`", "");
            syntaxProblem = new ProblemCollector.Raw(pointer, Bilingual.of("lỗi cú pháp: " + message, message),
                    where == null ? 0 : Math.max(where.getLineNr(), 0),
                    where == null ? 0 : Math.max(where.getColumnNr(), 0), true);
            // a YAML error in plain words, at the line where the mistake starts
            YamlSyntax.of(e, text, last).ifPresent(plain -> syntaxProblem = new ProblemCollector.Raw(
                    last != null && last.getLineNr() == plain.line() ? pointer : parent(pointer), plain.message(),
                    plain.line(), plain.column(), true));
        } catch (RuntimeException e) {
            // the YAML engine's own exceptions (a code point limit, say) that the parser does not wrap
            String why = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            add(pointer, Bilingual.of("nội dung không đọc được: " + why, "unreadable content: " + why), last);
        }
    }

    /** "/identity/issuer" gives "/identity": the block a problem on another line than the last token lies in. */
    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /**
     * Checks the token {@code p} has just moved to; returns false when the pass ends there. The one place that
     * decides what a plan file's tokens may be.
     */
    private boolean token(JsonParser p, JsonToken t) {
        TokenStreamLocation at = p.currentTokenLocation();
        last = at;
        pointer = pointer(p.streamReadContext());
        if (rootDone) {
            add("", Bilingual.of("tệp kế hoạch chỉ chứa một kế hoạch; ở đây bắt đầu một tài liệu (hoặc giá trị) thứ hai",
                    "a plan file holds one plan; another document or value starts here"), at);
            return false;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            if (t == JsonToken.END_OBJECT) {
                names.pop();
            }
            rootDone = --depth == 0;
            return true;
        }
        index.putIfAbsent(pointer, at);
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            TokenStreamContext parent = p.streamReadContext().getParent();
            index.putIfAbsent(parent == null ? "" : pointer(parent), at);
            if (t == JsonToken.START_ARRAY && parent != null && parent.inArray()) {
                // no field of the plan-file family holds a list of lists, and the binder would take the
                // inner list's first item as the value and read the rest out of step
                add(pointer, Bilingual.of("danh sách nằm trong danh sách: hãy ghi các mục trong một danh sách",
                        "a list inside a list: write the items in one list"), at);
            }
            if (t == JsonToken.START_OBJECT) {
                names.push(new HashMap<>());
            }
            depth++;
        } else if (depth == 0) {
            rootDone = true;
        }
        if (t == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation first = names.isEmpty() ? null
                    : names.peek().putIfAbsent(name, at);
            if (first != null) {
                add(pointer, Bilingual.of("trường '" + name + "' được ghi hai lần trong cùng một khối (lần đầu ở dòng "
                        + first.getLineNr() + ")", "duplicate field '" + name + "': given twice in the same block "
                        + "(first on line " + first.getLineNr() + ")"), at);
            }
            characters(name, Bilingual.of("tên trường", "field name"), pointer, at);
        }
        if (p instanceof YAMLParser yaml) {
            yaml(yaml, t, pointer, at);
        }
        if (t == JsonToken.VALUE_NULL && p.streamReadContext().inArray()) {
            add(pointer, ConstructionProblems.EMPTY_ENTRY, at);
        } else if (t == JsonToken.VALUE_STRING) {
            characters(p.getString(), Bilingual.of("giá trị", "text"), pointer, at);
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            // the YAML parser reads a long number lazily and may not check its length: check it here
            int length = p.getString().length();
            if (length > PlanFiles.MAX_NUMBER_CHARS) {
                add(pointer, numberTooLong(String.valueOf(length)), at);
            } else {
                p.getNumberValue(); // enforces the parser's own limits here, at the number's line
            }
        }
        return true;
    }

    private void yaml(YAMLParser yaml, JsonToken t, String pointer, @Nullable TokenStreamLocation at) {
        if (yaml.isCurrentAlias()) {
            add(pointer, Bilingual.of("'*" + yaml.getString() + "' là bí danh YAML (alias); tệp kế hoạch không mở rộng "
                    + "bí danh: hãy viết đầy đủ giá trị", "'*" + yaml.getString() + "' is a YAML alias; plan files do "
                    + "not expand aliases: write the value out in full"), at);
        }
        String tag = yaml.getRawTag();
        if (tag != null && t != JsonToken.PROPERTY_NAME && !CORE_TAGS.contains(tag)) {
            add(pointer, Bilingual.of("thẻ YAML '" + shortTag(tag) + "' không được dùng trong tệp kế hoạch; hãy bỏ nó",
                    "the YAML tag '" + shortTag(tag) + "' is not supported in plan files; remove it"), at);
        }
    }

    private void characters(String s, Bilingual what, String pointer, @Nullable TokenStreamLocation at) {
        int i = badAt(s, 0);
        if (i >= 0) {
            Bilingual c = describe(s.charAt(i));
            add(pointer, Bilingual.of(what.vi() + " chứa " + c.vi() + " ở ký tự thứ " + (i + 1) + ", không được phép; "
                    + "hãy xoá nó (xuống dòng thì xuống dòng thật)", "the " + what.en() + " holds " + c.en()
                    + " at character " + (i + 1) + "; remove it (write a line break as a real new line)"), at);
        }
    }

    /**
     * Finds characters no plan file may hold anywhere in the raw text, each at its line and column (at most
     * {@value #MAX_REPORTED} of them); the parsers would stop at the first with a vaguer message or none.
     */
    private boolean rawCharacters(String text) {
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        int reported = 0;
        for (int i = badAt(text, 0); i >= 0 && reported < MAX_REPORTED; i = badAt(text, i + 1)) {
            for (; scanned < i; scanned++) {
                char c = text.charAt(scanned);
                if (c == '\n' || c == '\r' && (scanned + 1 >= text.length() || text.charAt(scanned + 1) != '\n')) {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            Bilingual c = describe(text.charAt(i));
            problems.add(new ProblemCollector.Raw("", Bilingual.of("tệp chứa " + c.vi() + ", điều tệp kế hoạch không "
                    + "được có; hãy xoá nó (tệp có được lưu dạng văn bản UTF-8 không?)", "the file holds " + c.en()
                    + ", which a plan file cannot carry; remove it (was the file saved as text, in UTF-8?)"),
                    line, i - lineStart + 1, true));
            reported++;
        }
        return reported > 0;
    }

    private static final int MAX_REPORTED = 10;
    /** A file with thousands of aliases or bad characters gets a readable report, not thousands of lines. */
    static final int MAX_PROBLEMS = 100;

    /** Ends the pass once {@link #MAX_PROBLEMS} are listed. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    /** The index of the first character at or after {@code from} that no document may hold, or -1. */
    static int badAt(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
                    || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static Bilingual describe(char c) {
        String code = String.format("U+%04X", (int) c);
        if (Character.isSurrogate(c)) {
            return Bilingual.of("một nửa cặp thay thế (surrogate) lẻ " + code, "an unpaired surrogate " + code);
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return Bilingual.of("ký tự không hợp lệ " + code, "the non-character " + code);
        }
        return Bilingual.of("ký tự điều khiển " + code, "the control character " + code);
    }

    private void add(String pointer, Bilingual message, @Nullable TokenStreamLocation at) {
        if (problems.size() == MAX_PROBLEMS) {
            throw new TooMany();
        }
        problems.add(new ProblemCollector.Raw(pointer, message, at == null ? 0 : Math.max(at.getLineNr(), 0),
                at == null ? 0 : Math.max(at.getColumnNr(), 0), true));
    }

    /** A parser limit, in the words of the plan file's user. */
    static Bilingual limit(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher n = FIRST_NUMBER.matcher(m);
        String found = n.find() ? n.group(1) : "more";
        String foundVi = "more".equals(found) ? "nhiều" : found;
        if (m.startsWith("String value length")) {
            return Bilingual.of("một giá trị dài " + foundVi + " ký tự; tệp kế hoạch cho phép tối đa "
                    + PlanFiles.MAX_STRING_CHARS + " ký tự mỗi giá trị", "a text value is " + found
                    + " characters long; plan files allow at most " + PlanFiles.MAX_STRING_CHARS + " characters per value");
        }
        if (m.startsWith("Document nesting depth")) {
            return Bilingual.of("các khối và danh sách lồng nhau " + foundVi + " tầng ở đây; tệp kế hoạch cho phép tối đa "
                    + PlanFiles.MAX_NESTING + " tầng", "blocks and lists nest " + found
                    + " levels deep here; plan files allow at most " + PlanFiles.MAX_NESTING + " levels");
        }
        if (m.startsWith("Number value length")) {
            return numberTooLong(found);
        }
        if (m.startsWith("Name length")) {
            return Bilingual.of("một tên trường dài " + foundVi + " ký tự; tệp kế hoạch cho phép tối đa "
                    + PlanFiles.MAX_NAME_CHARS, "a field name is " + found + " characters long; plan files allow at most "
                    + PlanFiles.MAX_NAME_CHARS);
        }
        if (m.startsWith("Document length")) {
            return Bilingual.of("tệp quá lớn: tệp kế hoạch cho phép tối đa " + PlanFiles.MAX_DOCUMENT_CHARS + " ký tự",
                    "the file is too large: plan files allow at most " + PlanFiles.MAX_DOCUMENT_CHARS + " characters");
        }
        return Bilingual.of("vượt một giới hạn của bộ đọc: " + firstLine(m), "a parser limit was exceeded: " + firstLine(m));
    }

    private static Bilingual numberTooLong(String length) {
        String vi = "more".equals(length) ? "nhiều" : length;
        return Bilingual.of("một số dài " + vi + " ký tự; tệp kế hoạch cho phép tối đa " + PlanFiles.MAX_NUMBER_CHARS,
                "a number is " + length + " characters long; plan files allow at most " + PlanFiles.MAX_NUMBER_CHARS);
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static String pointer(@Nullable TokenStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    private static String firstLine(String message) {
        return PlanFiles.firstLine(message);
    }
}
