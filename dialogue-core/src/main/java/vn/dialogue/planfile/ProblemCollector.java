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

/**
 * Records every problem Jackson meets instead of stopping at the first, so that a person sees them all at once.
 * One instance per read; not thread-safe.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    /**
     * A problem before locations are known: a JSON pointer and a message, with the parser's line and column.
     * When {@code exact} is false the reader prefers where the pointer's field starts; when true (a problem found
     * at the very token, such as a duplicate field or a bad character) the line and column stand.
     */
    record Raw(String pointer, String message, int line, int column, boolean exact) {
        Raw(String pointer, String message, int line, int column) {
            this(pointer, message, line, column, false);
        }
    }

    private final List<Raw> problems = new ArrayList<>();

    List<Raw> problems() {
        return problems;
    }

    void add(String pointer, String message, TokenStreamLocation location) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        problems.add(new Raw(pointer, message, Math.max(line, 0), Math.max(column, 0)));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        String known = deserializer == null ? "" : deserializer.getKnownPropertyNames().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        add(pointer(p.streamReadContext()), "unknown field '" + propertyName + "'"
                + (known.isEmpty() ? "" : "; expected one of: " + known), p.currentTokenLocation());
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        JsonParser p = ctxt.getParser();
        String message = "'" + valueToConvert + "' is not a valid " + describe(targetType);
        if (targetType.isEnum()) {
            message += "; allowed: " + Arrays.stream(targetType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        } else if (failureMsg != null && !plain(failureMsg).isEmpty()) {
            message += ": " + plain(failureMsg);
        }
        add(pointer(p.streamReadContext()), message, p.currentTokenLocation());
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        JsonParser p = ctxt.getParser();
        add(pointer(p.streamReadContext()), valueToConvert + " is not a valid " + describe(targetType),
                p.currentTokenLocation());
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) {
        add(pointer(p.streamReadContext()), "expected " + describe(targetType.getRawClass()) + " but found "
                + describe(t), p.currentTokenLocation());
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
            String message;
            if (t instanceof NullPointerException && t.getMessage() != null && !t.getMessage().contains(" ")) {
                at = at + "/" + t.getMessage();
                message = "required field '" + t.getMessage() + "' is missing";
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
        add(pointer(p.streamReadContext()), "expected " + describe(instClass) + " but found "
                + describe(p.currentToken()), p.currentTokenLocation());
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
     * message (a null in a list the constructor copies), that a value is missing.
     */
    static String message(Throwable t) {
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return t instanceof NullPointerException ? "a value is empty where one is required (an empty entry in "
                    + "a list, or a field left blank)" : "the value cannot be built (" + t.getClass().getSimpleName() + ")";
        }
        return t.getMessage().lines().findFirst().orElse("");
    }

    /** "expected block of fields (Registry) but found empty text", with the allowed values of a choice. */
    static String emptyText(Class<?> type) {
        String message = "expected " + describe(type) + " but found empty text";
        if (type.isEnum()) {
            message += "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return message;
    }

    private static String pointer(TokenStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.YearMonth.class) {
            return "month (YYYY-MM)";
        }
        if (type == java.time.LocalTime.class) {
            return "time (HH:MM)";
        }
        if (type == vn.dialogue.plan.IssueDate.class) {
            return "date (YYYY, YYYY-MM or YYYY-MM-DD)";
        }
        if (type == vn.dialogue.plan.DocumentType.class) {
            return "document type";
        }
        if (type == vn.dialogue.deadline.DeadlineRule.class) {
            return "deadline";
        }
        if (type.isEnum()) {
            return "value";
        }
        if (type.isRecord() || type.isInterface()) {
            return "block of fields (" + type.getSimpleName() + ")";
        }
        return type.getSimpleName();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_ARRAY:
                return "a list";
            case START_OBJECT:
                return "a block of fields";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true/false";
            case VALUE_NULL:
                return "an empty value";
            default:
                return t.toString();
        }
    }
}
