package vn.dialogue.planfile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dialogue.text.Bilingual;

/**
 * After a failed read, finds every value that cannot be built, bottom-up, so that a person sees all of them and
 * not only the first. Runs only on the failure path; not thread-safe.
 */
final class ConstructionProblems {

    static final Bilingual EMPTY_ENTRY = Bilingual.of(
            "một mục trống trong danh sách (dấu '-' không có gì sau): hãy xoá hoặc điền vào",
            "an empty entry in a list (a '-' with nothing after it): remove it or fill it in");

    private final ObjectMapper mapper;
    private final List<ProblemCollector.Raw> problems;

    ConstructionProblems(ObjectMapper mapper, List<ProblemCollector.Raw> problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    /** Walks {@code node} as a value of {@code type}; returns true when it (and everything in it) can be built. */
    boolean walk(JsonNode node, Type type, String pointer) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        Class<?> raw = rawClass(type);
        if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isArray()) {
                return false;
            }
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    problems.add(new ProblemCollector.Raw(pointer + "/" + i, EMPTY_ENTRY, 0, 0));
                    ok = false;
                    continue;
                }
                ok &= walk(node.get(i), p.getActualTypeArguments()[0], pointer + "/" + i);
            }
            return ok;
        }
        if ((raw.isRecord() || raw.isEnum()) && node.isString() && node.asString().isEmpty()
                && raw != vn.dialogue.plan.IssueDate.class && raw != vn.dialogue.plan.DocumentType.class) {
            // Jackson refuses empty text for a block or a choice before any handler sees it
            problems.add(new ProblemCollector.Raw(pointer, ProblemCollector.emptyText(raw), 0, 0));
            return false;
        }
        if (!raw.isRecord() || !node.isObject()) {
            return true;
        }
        boolean childrenOk = true;
        for (RecordComponent c : raw.getRecordComponents()) {
            childrenOk &= walk(node.get(c.getName()), c.getGenericType(), pointer + "/" + c.getName());
        }
        if (!childrenOk || problems.stream().anyMatch(r -> r.pointer().startsWith(pointer + "/"))) {
            return false;
        }
        try {
            mapper.readerFor(raw).withHandler(new ProblemCollector()).readValue(node);
            return true;
        } catch (JacksonException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof NullPointerException && cause.getMessage() != null
                    && !cause.getMessage().contains(" ")) {
                problems.add(new ProblemCollector.Raw(pointer + "/" + cause.getMessage(),
                        ProblemCollector.missing(cause.getMessage()), 0, 0));
            } else if (cause instanceof IllegalArgumentException) {
                problems.add(new ProblemCollector.Raw(pointer, ProblemCollector.invalid(String.valueOf(cause.getMessage())),
                        0, 0));
            } else {
                problems.add(new ProblemCollector.Raw(pointer, cause instanceof JacksonException j
                        ? PlanFiles.plainMessage(j) : ProblemCollector.message(cause), 0, 0));
            }
            return false;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
