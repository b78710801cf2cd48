package vn.dialogue.planfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import vn.dialogue.text.Bilingual;

/**
 * Records every problem Jackson meets instead of stopping at the first, so that a person sees them all at once.
 * One instance per read; not thread-safe.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    /**
     * A problem before locations are known: a JSON pointer and a message in Vietnamese and English, with the
     * parser's line and column.
     * When {@code exact} is false the reader prefers where the pointer's field starts; when true (a problem found
     * at the very token, such as a duplicate field or a bad character) the line and column stand.
     */
    record Raw(String pointer, Bilingual message, int line, int column, boolean exact) {
        Raw(String pointer, Bilingual message, int line, int column) {
            this(pointer, message, line, column, false);
        }
    }

    private final List<Raw> problems = new ArrayList<>();

    List<Raw> problems() {
        return problems;
    }

    void add(String pointer, Bilingual message, TokenStreamLocation location) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        problems.add(new Raw(pointer, message, Math.max(line, 0), Math.max(column, 0)));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        String known = deserializer == null ? "" : deserializer.getKnownPropertyNames().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        add(pointer(p.streamReadContext()), Bilingual.of("không có trường '" + propertyName + "' ở đây"
                + (known.isEmpty() ? "" : "; các trường có thể dùng: " + known), "unknown field '" + propertyName + "'"
                + (known.isEmpty() ? "" : "; expected one of: " + known)), p.currentTokenLocation());
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        JsonParser p = ctxt.getParser();
        Bilingual type = describe(targetType);
        String vi = "'" + valueToConvert + "' không phải là " + type.vi() + " hợp lệ";
        String en = "'" + valueToConvert + "' is not a valid " + type.en();
        if (targetType.isEnum()) {
            String allowed = allowed(targetType);
            vi += "; giá trị cho phép: " + allowed;
            en += "; allowed: " + allowed;
        } else if (failureMsg != null && !plain(failureMsg).isEmpty()) {
            vi += " (" + plain(failureMsg) + ")";
            en += ": " + plain(failureMsg);
        }
        add(pointer(p.streamReadContext()), Bilingual.of(vi, en), p.currentTokenLocation());
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        JsonParser p = ctxt.getParser();
        Bilingual type = describe(targetType);
        add(pointer(p.streamReadContext()), Bilingual.of(valueToConvert + " không phải là " + type.vi() + " hợp lệ",
                valueToConvert + " is not a valid " + type.en()), p.currentTokenLocation());
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) {
        add(pointer(p.streamReadContext()), expected(targetType.getRawClass(), t), p.currentTokenLocation());
        skipValue(p, t);
        return null;
    }

    /**
     * Leaves the parser at the end of the unexpected value that starts with {@code t}. A deserializer may already
     * have stepped inside it (a text deserializer peeks at a list's first item), so skipping from the current token
     * alone would leave the rest of the list to be read as the following fields.
     */
    private static void skipValue(JsonParser p, JsonToken t) {
        if (p.currentToken() == t || !t.isStructStart()) {
            p.skipChildren();
            return;
        }
        JsonToken current = p.currentToken();
        while (current != null && current != JsonToken.END_ARRAY && current != JsonToken.END_OBJECT) {
            if (current.isStructStart()) {
                p.skipChildren();
            }
            current = p.nextToken();
        }
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                                             Throwable t) {
        JsonParser p = ctxt.getParser();
        String object = pointer(p.streamReadContext());
        String at = object;
        boolean consequence = problems.stream().anyMatch(r -> r.pointer().startsWith(object));
        if (!consequence) {
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            Bilingual message;
            if (t instanceof NullPointerException && t.getMessage() != null && !t.getMessage().contains(" ")) {
                at = at + "/" + t.getMessage();
                message = missing(t.getMessage());
            } else {
                message = message(t);
            }
            add(at, message, p.currentTokenLocation());
        }
        return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            ValueInstantiator valueInsta, JsonParser p, String msg) {
        add(pointer(p.streamReadContext()), expected(instClass, p.currentToken()), p.currentTokenLocation());
        p.skipChildren();
        return null;
    }

    /**
     * A java.time failure as "Invalid date 'FEBRUARY 31'" rather than the formatter's description; other messages
     * as they are.
     */
    static String plain(String failureMsg) {
        int parsed = failureMsg.indexOf("could not be parsed");
        if (failureMsg.contains("DateTimeParseException") && parsed >= 0) {
            String rest = failureMsg.substring(parsed + "could not be parsed".length());
            rest = rest.startsWith(":") ? rest.substring(1).strip() : "not in the expected form";
            return rest;
        }
        if (failureMsg.matches("(?s)not a valid `[^`]*` value.*")) {
            return ""; // "'x' is not a valid whole number" says it already
        }
        return failureMsg.replace("`", "").replace("java.lang.", "").strip();
    }

    /**
     * What a constructor's exception says, as a person reads it: its first line, or for an exception without a
     * message (a null in a list the constructor copies), that a value is missing. The model's own messages are
     * English: the Vietnamese says the value is not valid and quotes them.
     */
    static Bilingual message(Throwable t) {
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return t instanceof NullPointerException
                    ? Bilingual.of("một giá trị bị bỏ trống ở chỗ bắt buộc phải có (một mục trống trong danh sách, "
                    + "hoặc một trường để trống)", "a value is empty where one is required (an empty entry in "
                    + "a list, or a field left blank)")
                    : Bilingual.of("không tạo được giá trị (" + t.getClass().getSimpleName() + ")",
                    "the value cannot be built (" + t.getClass().getSimpleName() + ")");
        }
        return invalid(t.getMessage().lines().findFirst().orElse(""));
    }

    /** A value the model refuses, with the model's reason (English) quoted in the Vietnamese. */
    static Bilingual invalid(String reason) {
        return Bilingual.of("giá trị không hợp lệ: " + reason, reason);
    }

    /** "thiếu trường bắt buộc 'x'" / "required field 'x' is missing". */
    static Bilingual missing(String field) {
        return Bilingual.of("thiếu trường bắt buộc '" + field + "'", "required field '" + field + "' is missing");
    }

    /** "expected block of fields (Registry) but found empty text", with the allowed values of a choice. */
    static Bilingual emptyText(Class<?> type) {
        Bilingual what = describe(type);
        String vi = "cần " + what.vi() + " nhưng gặp chữ trống";
        String en = "expected " + what.en() + " but found empty text";
        if (type.isEnum()) {
            vi += "; giá trị cho phép: " + allowed(type);
            en += "; allowed: " + allowed(type);
        }
        return Bilingual.of(vi, en);
    }

    /** "cần danh sách nhưng gặp văn bản" / "expected list but found text". */
    static Bilingual expected(Class<?> type, JsonToken found) {
        Bilingual what = describe(type);
        Bilingual token = describe(found);
        return Bilingual.of("cần " + what.vi() + " nhưng gặp " + token.vi(),
                "expected " + what.en() + " but found " + token.en());
    }

    private static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String pointer(TokenStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /** What a value of {@code type} is called in a message, e.g. "số nguyên" / "whole number". */
    static Bilingual describe(Class<?> type) {
        if (type == String.class) {
            return Bilingual.of("văn bản", "text");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Bilingual.of("số nguyên", "whole number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Bilingual.of("true/false", "true/false");
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return Bilingual.of("danh sách", "list");
        }
        if (type == java.time.LocalDate.class) {
            return Bilingual.of("ngày (YYYY-MM-DD)", "date (YYYY-MM-DD)");
        }
        if (type == java.time.YearMonth.class) {
            return Bilingual.of("tháng (YYYY-MM)", "month (YYYY-MM)");
        }
        if (type == java.time.LocalTime.class) {
            return Bilingual.of("giờ (HH:MM)", "time (HH:MM)");
        }
        if (type == vn.dialogue.plan.IssueDate.class) {
            return Bilingual.of("ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)", "date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        if (type == vn.dialogue.plan.DocumentType.class) {
            return Bilingual.of("loại văn bản", "document type");
        }
        if (type == vn.dialogue.deadline.DeadlineRule.class) {
            return Bilingual.of("thời hạn", "deadline");
        }
        if (type.isEnum()) {
            return Bilingual.of("giá trị", "value");
        }
        if (type.isRecord() || type.isInterface()) {
            return Bilingual.of("khối trường (" + type.getSimpleName() + ")", "block of fields (" + type.getSimpleName() + ")");
        }
        return Bilingual.of(type.getSimpleName(), type.getSimpleName());
    }

    private static Bilingual describe(JsonToken t) {
        if (t == null) {
            return Bilingual.of("không có gì", "nothing");
        }
        switch (t) {
            case START_ARRAY:
                return Bilingual.of("một danh sách", "a list");
            case START_OBJECT:
                return Bilingual.of("một khối trường", "a block of fields");
            case VALUE_STRING:
                return Bilingual.of("văn bản", "text");
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Bilingual.of("một số", "a number");
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Bilingual.of("true/false", "true/false");
            case VALUE_NULL:
                return Bilingual.of("một giá trị trống", "an empty value");
            default:
                return Bilingual.of(t.toString(), t.toString());
        }
    }
}
