package vn.dialogue.planfile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A jqwik generator of malformed plan files. A case starts from the seed plan or from a small generated plan, as a
 * tree of maps, lists and scalars, and applies one to three mutations: some to the tree (wrong types, missing and
 * unknown fields, absurd numbers, impossible dates, unknown references, deadline cycles, control characters), some
 * to the text once written as YAML or JSON (aliases, tags, 10 MB strings, deep nesting, duplicate keys, tabs, extra
 * documents, decomposed Unicode, truncation) and some to the bytes (byte-order marks, bytes that are not UTF-8,
 * other encodings, flipped bytes). Every mutation picks its target and variant from integers jqwik draws, so a
 * failing case shrinks and replays from its seed.
 */
final class MalformedPlans {

    /** What a mutation does, and at which stage: tree, text or bytes. */
    enum Kind {
        WRONG_TYPE(Stage.TREE), MISSING_FIELD(Stage.TREE), UNKNOWN_FIELD(Stage.TREE), ABSURD_NUMBER(Stage.TREE),
        BAD_DATE(Stage.TREE), UNKNOWN_REFERENCE(Stage.TREE), DEADLINE_CYCLE(Stage.TREE), BAD_DEADLINE(Stage.TREE),
        CONTROL_CHARACTERS(Stage.TREE), EMPTY_VALUES(Stage.TREE),
        HUGE_STRING(Stage.TEXT), DEEP_NESTING(Stage.TEXT), ALIASES(Stage.TEXT), BILLION_LAUGHS(Stage.TEXT),
        YAML_TAG(Stage.TEXT), DUPLICATE_KEY(Stage.TEXT), TABS(Stage.TEXT), EXTRA_DOCUMENT(Stage.TEXT),
        RAW_CONTROL_CHARACTER(Stage.TEXT), DECOMPOSED_UNICODE(Stage.TEXT), EMPTY_FILE(Stage.TEXT),
        TRUNCATED(Stage.BYTES), BYTE_ORDER_MARK(Stage.BYTES), NOT_UTF8(Stage.BYTES), OTHER_ENCODING(Stage.BYTES),
        FLIPPED_BYTES(Stage.BYTES);

        final Stage stage;

        Kind(Stage stage) {
            this.stage = stage;
        }
    }

    enum Stage {
        TREE, TEXT, BYTES
    }

    /** One mutation: its kind, which node or offset it targets, and which variant of it. */
    record Mutation(Kind kind, int target, int variant) {
        @Override
        public String toString() {
            return kind + "(" + target + "," + variant + ")";
        }
    }

    /** A starting plan: a name and its tree. */
    record Base(String name, Map<String, Object> tree) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A generated case: where it started, what was done to it, and in which format it was written. */
    record Case(Base base, List<Mutation> mutations, Format format) {
        Case {
            // decomposition comes last among the text mutations, so that its input is the text it decomposes
            mutations = mutations.stream().sorted(Comparator.<Mutation, Stage>comparing(m -> m.kind().stage)
                    .thenComparing(m -> m.kind() == Kind.DECOMPOSED_UNICODE)).toList();
        }

        boolean has(Kind kind) {
            return mutations.stream().anyMatch(m -> m.kind() == kind);
        }

        @Override
        public String toString() {
            return base + " " + format + " " + mutations;
        }
    }

    /** A case made concrete: the bytes to read, and for checks, the bytes before decomposition (or null). */
    record Input(String name, byte[] bytes, Format format, byte[] composedOrNull) {
    }

    static final int HUGE = 10 * 1024 * 1024;

    private static final ObjectMapper TREE_YAML = YAMLMapper.builder().build();
    private static final ObjectMapper TREE_JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SEED = readSeed();

    private MalformedPlans() {
    }

    /** The seed plan as a tree of maps, lists and scalars. */
    static Map<String, Object> seedTree() {
        return SEED;
    }

    private static Map<String, Object> readSeed() {
        try {
            return TREE_YAML.readValue(Files.readString(SeedPlans.konTum2024()), new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ generators

    static Arbitrary<Case> cases() {
        Arbitrary<Base> base = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(new Base("seed", SEED))),
                Tuple.of(5, smallPlans()));
        Arbitrary<Kind> kind = Arbitraries.frequency(
                Tuple.of(6, Kind.WRONG_TYPE), Tuple.of(5, Kind.MISSING_FIELD), Tuple.of(5, Kind.UNKNOWN_FIELD),
                Tuple.of(5, Kind.ABSURD_NUMBER), Tuple.of(5, Kind.BAD_DATE), Tuple.of(5, Kind.UNKNOWN_REFERENCE),
                Tuple.of(5, Kind.DEADLINE_CYCLE), Tuple.of(4, Kind.BAD_DEADLINE), Tuple.of(4, Kind.CONTROL_CHARACTERS),
                Tuple.of(3, Kind.EMPTY_VALUES), Tuple.of(1, Kind.HUGE_STRING), Tuple.of(3, Kind.DEEP_NESTING),
                Tuple.of(3, Kind.ALIASES), Tuple.of(2, Kind.BILLION_LAUGHS), Tuple.of(3, Kind.YAML_TAG),
                Tuple.of(3, Kind.DUPLICATE_KEY), Tuple.of(2, Kind.TABS), Tuple.of(2, Kind.EXTRA_DOCUMENT),
                Tuple.of(3, Kind.RAW_CONTROL_CHARACTER), Tuple.of(3, Kind.DECOMPOSED_UNICODE),
                Tuple.of(1, Kind.EMPTY_FILE), Tuple.of(4, Kind.TRUNCATED), Tuple.of(2, Kind.BYTE_ORDER_MARK),
                Tuple.of(3, Kind.NOT_UTF8), Tuple.of(2, Kind.OTHER_ENCODING), Tuple.of(3, Kind.FLIPPED_BYTES));
        Arbitrary<Mutation> mutation = Combinators.combine(kind, Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
        return Combinators.combine(base, mutation.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.frequency(Tuple.of(3, Format.YAML), Tuple.of(1, Format.JSON))).as(Case::new);
    }

    /**
     * Small, valid plans: a registry of one to four organisations, zero to two sessions, and zero to five tasks whose
     * deadlines take every form the plan file knows, following other tasks (so that mutations make cycles).
     */
    static Arbitrary<Base> smallPlans() {
        Arbitrary<Integer> orgs = Arbitraries.integers().between(1, 4);
        Arbitrary<List<Integer>> sessions = Arbitraries.integers().between(0, 2).list().ofMaxSize(2);
        Arbitrary<List<Integer>> deadlines = Arbitraries.integers().between(0, 9).list().ofMaxSize(5);
        Arbitrary<List<Integer>> follows = Arbitraries.integers().between(0, 5).list().ofMaxSize(5);
        return Combinators.combine(orgs, sessions, deadlines, follows).as(MalformedPlans::smallPlan);
    }

    static Base smallPlan(int orgCount, List<Integer> sessionForms, List<Integer> deadlineForms, List<Integer> follows) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", "p");
        plan.put("status", "DRAFT");
        plan.put("identity", map("issuer", "org-0", "type", "KH", "symbol", "KH-UBND", "issueDate", "2024-10",
                "subject", "Tổ chức đối thoại với thanh niên"));
        plan.put("theme", "Thanh niên khởi nghiệp");
        List<Object> sessions = new ArrayList<>();
        for (int i = 0; i < sessionForms.size(); i++) {
            int f = sessionForms.get(i);
            sessions.add(f == 0 ? map("id", "s" + i, "month", "2024-11")
                    : f == 1 ? map("id", "s" + i, "date", "2024-11-2" + i, "partOfDay", "MORNING")
                    : map("id", "s" + i, "date", "2024-12-0" + (i + 1), "start", "08:00", "end", "11:00"));
        }
        if (!sessions.isEmpty()) {
            plan.put("sessions", sessions);
        }
        List<Object> tasks = new ArrayList<>();
        for (int i = 0; i < deadlineForms.size(); i++) {
            Map<String, Object> task = map("id", "t" + i, "text", "Việc số " + i, "deliverables", list("Báo cáo"));
            Map<String, Object> deadline = switch (deadlineForms.get(i)) {
                case 0 -> null;
                case 1 -> map("before", "2024-10-29");
                case 2 -> map("byEndOf", "2024-11-05");
                case 3 -> map("workingDays", 5, "before", "session");
                case 4 -> map("days", 3, "after", i > 0 ? "task:t" + (i - 1) : "session");
                case 5 -> map("within", map("workingDays", 10), "from", "receipt", "law", "Luật Tiếp công dân 2013");
                case 6 -> map("within", map("months", 1), "from", "session", "law", "Bộ luật Dân sự 2015");
                case 7 -> map("workingDays", 0, "after", "session");
                case 8 -> map("days", 2, "before", "session:s0");
                default -> map("before", "2024-11-15");
            };
            if (deadline != null) {
                if (i < follows.size() && follows.get(i) < deadlineForms.size() && follows.get(i) != i) {
                    deadline.put("follows", list("t" + follows.get(i)));
                }
                task.put("deadline", deadline);
            }
            tasks.add(task);
        }
        if (!tasks.isEmpty()) {
            plan.put("implementation", map("parts", list(map("title", "Phân công", "assignments",
                    list(map("owners", list("org-" + (orgCount - 1)), "tasks", tasks))))));
        }
        List<Object> organisations = new ArrayList<>();
        for (int i = 0; i < orgCount; i++) {
            organisations.add(map("id", "org-" + i, "name", "Cơ quan số " + i, "unit", "tinh"));
        }
        plan.put("venues", list(map("id", "hoi-truong", "name", "Hội trường", "kind", "IN_PERSON", "unit", "tinh")));
        plan.put("registry", map("levels", list(map("id", "province", "name", "tỉnh", "rank", 1)),
                "units", list(map("id", "tinh", "name", "tỉnh A", "level", "province")),
                "organisations", organisations));
        plan.put("recipients", list(map("text", "Như trên", "organisation", "org-0")));
        return new Base("small(" + orgCount + " orgs, " + sessions.size() + " sessions, " + tasks.size() + " tasks)",
                plan);
    }

    // ------------------------------------------------------------------ making a case concrete

    static Input input(Case c) {
        Object tree = deepCopy(c.base().tree());
        Format format = c.format();
        for (Mutation m : c.mutations()) {
            if (m.kind().stage == Stage.TEXT && yamlOnly(m.kind())) {
                format = Format.YAML;
            }
        }
        for (Mutation m : c.mutations()) {
            if (m.kind().stage == Stage.TREE) {
                tree = tree(tree, m);
            }
        }
        String text;
        try {
            text = (format == Format.JSON ? TREE_JSON : TREE_YAML).writeValueAsString(tree);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot write the mutated tree of " + c, e);
        }
        String nfc = null;
        for (Mutation m : c.mutations()) {
            if (m.kind().stage == Stage.TEXT) {
                if (m.kind() == Kind.DECOMPOSED_UNICODE) {
                    nfc = text;
                }
                text = text(text, m, format);
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : c.mutations()) {
            if (m.kind().stage == Stage.BYTES) {
                bytes = bytes(bytes, text, m);
                nfc = null;
            }
        }
        return new Input(format == Format.JSON ? "plan.json" : "plan.yaml", bytes, format,
                nfc == null ? null : nfc.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean yamlOnly(Kind kind) {
        return kind == Kind.ALIASES || kind == Kind.BILLION_LAUGHS || kind == Kind.YAML_TAG || kind == Kind.TABS
                || kind == Kind.DUPLICATE_KEY;
    }

    // ------------------------------------------------------------------ tree mutations

    /** A place in the tree: the container and the key or index there. */
    private record Slot(Object container, Object key) {
        Object get() {
            return container instanceof Map<?, ?> m ? m.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }
    }

    private static final Object[] WRONG_VALUES = {List.of(), List.of("a", "b"), Map.of(), Map.of("x", 1), 42, -1,
            3.5, true, false, "text", "", Arrays.asList((Object) null), "[1, 2]", "{a: 1}"};
    private static final Object[] ABSURD_NUMBERS = {-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, 1e308, -1e308, Double.MIN_VALUE, 2147483648L, -2147483649L, 0.5, 1e-300,
            new java.math.BigInteger("99999999999999999999"), new java.math.BigInteger("-" + "9".repeat(19)), "NaN",
            ".nan", ".inf", "-.inf", "0x7FFFFFFF", "1_000", "0o17", "1e999999"};
    private static final String[] BAD_DATES = {"2024-02-31", "31/02/2024", "2023-02-29", "2024-13-01", "2024-00-10",
            "0000-00-00", "2024-1-1", "9999-12-31", "1899-12-31", "2024-02-30T00:00", "", "2024-11-31",
            "+10000-01-01", "-2024-01-01", "2024-W45", "2024-366", "29/10/2024", "ngày 29 tháng 10 năm 2024",
            "2024/10/29", "20241029", "2024-10-29 ", "２０２４-１０-２９", "2024-10-29Z", "25:00", "24:00",
            "08:60", "2024-13", "2024-00", "3000", "1800"};
    private static final String[] CONTROL = {"\u0000", "\u0007", "\u001B[31m", "\b", "\u007F", "\u0085", "\u0090",
            "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDC00x", "\r", "\t", "\u200B", "\u202E",
            "a\u0000b", "\r\n", "\u000B\u000C"};

    private static Object tree(Object tree, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        walk(tree, (container, key) -> slots.add(new Slot(container, key)));
        int v = m.variant();
        switch (m.kind()) {
            case WRONG_TYPE -> {
                if (slots.isEmpty()) {
                    return WRONG_VALUES[v % WRONG_VALUES.length];
                }
                pick(slots, m).set(deepCopy(WRONG_VALUES[v % WRONG_VALUES.length]));
            }
            case MISSING_FIELD -> {
                List<Slot> fields = slots.stream().filter(s -> s.container() instanceof Map<?, ?>).toList();
                if (!fields.isEmpty()) {
                    Slot s = pick(fields, m);
                    ((Map<?, ?>) s.container()).remove(s.key());
                }
            }
            case UNKNOWN_FIELD -> {
                List<Object> maps = new ArrayList<>();
                maps.add(tree);
                slots.stream().map(Slot::get).filter(o -> o instanceof Map<?, ?>).forEach(maps::add);
                Object target = maps.get(m.target() % maps.size());
                if (target instanceof Map<?, ?> map) {
                    String[] names = {"colour", "Id", "ID", "id ", "ghiChu", "tên", "__proto__", "$ref", "<<",
                            "null", "", " ", "a".repeat(300), "x.y", "x/y", "0"};
                    put(map, names[v % names.length], v % 2 == 0 ? "giá trị" : list(1, 2));
                }
            }
            case ABSURD_NUMBER -> {
                List<Slot> leaves = leaves(slots);
                if (!leaves.isEmpty()) {
                    Slot s = pick(numbersFirst(leaves, m), m);
                    s.set(ABSURD_NUMBERS[v % ABSURD_NUMBERS.length]);
                }
            }
            case BAD_DATE -> {
                List<Slot> dates = leaves(slots).stream().filter(s -> s.get() instanceof String t
                        && t.matches("\\d{4}(-\\d\\d){0,2}|\\d\\d:\\d\\d")).toList();
                List<Slot> targets = dates.isEmpty() ? leaves(slots) : dates;
                if (!targets.isEmpty()) {
                    pick(targets, m).set(BAD_DATES[v % BAD_DATES.length]);
                }
            }
            case UNKNOWN_REFERENCE -> unknownReference(tree, slots, m);
            case DEADLINE_CYCLE -> deadlineCycle(tree, m);
            case BAD_DEADLINE -> {
                List<Slot> deadlines = slots.stream().filter(s -> "deadline".equals(s.key())).toList();
                Object[] bad = {map("before", "2024-10-29", "byEndOf", "2024-10-30"), map("days", 3),
                        map("days", 3, "workingDays", 2, "before", "session"), map("days", -3, "before", "session"),
                        map("days", 3, "before", "hôm qua"), map("days", 3, "after", "task:"),
                        map("days", 3, "after", "task:không có"), map("within", map(), "from", "receipt", "law", "x"),
                        map("within", map("fortnights", 2), "from", "receipt", "law", "x"),
                        map("within", map("days", 2, "weeks", 1), "from", "receipt", "law", "x"),
                        map("within", map("days", 10), "from", "receipt"), map("within", 10, "from", "receipt"),
                        map("workingDays", "năm", "before", "session"), map("workingDays", 2.5, "before", "session"),
                        map("workingDays", Integer.MAX_VALUE, "before", "session"),
                        map("days", Integer.MAX_VALUE, "after", "session"),
                        map("within", map("years", Integer.MAX_VALUE), "from", "session", "law", "x"),
                        map("before", "2024-10-29", "follows", List.of()), map("before", "2024-10-29", "follows", 5),
                        map("before", "2024-10-29", "follows", List.of("", " ", "a b", "task:", ":")),
                        map("before", "2024-10-29", "follows", List.of(List.of("t0"))), map(), "2024-10-29",
                        List.of("2024-10-29"), map("session", "before"), map("before", map("before", "2024-10-29"))};
                Object value = bad[v % bad.length];
                if (deadlines.isEmpty()) {
                    addTask(tree, "xx", deepCopy(value));
                } else {
                    pick(deadlines, m).set(deepCopy(value));
                }
            }
            case CONTROL_CHARACTERS -> {
                List<Slot> strings = leaves(slots).stream().filter(s -> s.get() instanceof String).toList();
                if (!strings.isEmpty()) {
                    Slot s = pick(strings, m);
                    String t = (String) s.get();
                    int at = t.isEmpty() ? 0 : v % (t.length() + 1);
                    s.set(t.substring(0, at) + CONTROL[v % CONTROL.length] + t.substring(at));
                }
            }
            case EMPTY_VALUES -> {
                if (!slots.isEmpty()) {
                    Object[] empty = {null, "", " ", List.of(), Map.of(), "~", "null"};
                    pick(slots, m).set(deepCopy(empty[v % empty.length]));
                }
            }
            default -> throw new IllegalArgumentException(m.kind() + " is not a tree mutation");
        }
        return tree;
    }

    /** Replaces a reference to an organisation, unit or venue (not its definition) with an id nothing defines. */
    private static void unknownReference(Object tree, List<Slot> slots, Mutation m) {
        Set<String> defined = new LinkedHashSet<>();
        if (tree instanceof Map<?, ?> plan) {
            for (String section : List.of("organisations", "units", "levels")) {
                if (plan.get("registry") instanceof Map<?, ?> r && r.get(section) instanceof List<?> l) {
                    l.forEach(o -> {
                        if (o instanceof Map<?, ?> om && om.get("id") instanceof String id) {
                            defined.add(id);
                        }
                    });
                }
            }
            if (plan.get("venues") instanceof List<?> venues) {
                venues.forEach(o -> {
                    if (o instanceof Map<?, ?> vm && vm.get("id") instanceof String id) {
                        defined.add(id);
                    }
                });
            }
        }
        List<Slot> references = slots.stream().filter(s -> !"id".equals(s.key()) && s.get() instanceof String t
                && defined.contains(t)).toList();
        if (!references.isEmpty()) {
            String[] unknown = {"khong-ton-tai", "so-ldtbxh-cu", "ubnd-tinh-x", "org-99", "tinh-2"};
            pick(references, m).set(unknown[m.variant() % unknown.length]);
        }
    }

    /** Makes tasks follow each other in a circle (of one, two or three tasks), through follows or offsets. */
    @SuppressWarnings("unchecked")
    private static void deadlineCycle(Object tree, Mutation m) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        walk(tree, (container, key) -> {
            if ("tasks".equals(key) && container instanceof Map<?, ?> c && c.get(key) instanceof List<?> l) {
                l.forEach(t -> {
                    if (t instanceof Map<?, ?> tm && tm.get("id") instanceof String) {
                        tasks.add((Map<String, Object>) tm);
                    }
                });
            }
        });
        while (tasks.size() < 3) {
            tasks.add(addTask(tree, "vong-" + tasks.size(), map("before", "2024-10-20")));
            if (tasks.get(tasks.size() - 1) == null) {
                tasks.remove(tasks.size() - 1);
                return;
            }
        }
        int size = 1 + m.variant() % 3;
        int first = m.target() % (tasks.size() - size + 1);
        for (int i = 0; i < size; i++) {
            Map<String, Object> task = tasks.get(first + i);
            String next = (String) tasks.get(first + (i + 1) % size).get("id");
            Map<String, Object> deadline = (m.variant() / 3) % 2 == 0
                    ? map("before", "2024-10-2" + i, "follows", list(next))
                    : map("workingDays", 2, "after", "task:" + next);
            task.put("deadline", deadline);
        }
    }

    /** Adds a task to the first assignment (making one if needed); null when the tree is not a plan. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> addTask(Object tree, String id, Object deadline) {
        if (!(tree instanceof Map<?, ?> plan)) {
            return null;
        }
        Map<String, Object> task = map("id", id, "text", "Việc " + id, "deadline", deadline);
        Object impl = plan.get("implementation");
        if (impl instanceof Map<?, ?> im && im.get("parts") instanceof List<?> parts && !parts.isEmpty()
                && parts.get(0) instanceof Map<?, ?> part && part.get("assignments") instanceof List<?> as
                && !as.isEmpty() && as.get(0) instanceof Map<?, ?> a && a.get("tasks") instanceof List<?> ts) {
            ((List<Object>) ts).add(task);
        } else {
            ((Map<Object, Object>) plan).put("implementation", map("parts", list(map("title", "Phân công",
                    "assignments", list(map("owners", list("org-0"), "tasks", list(task)))))));
        }
        return task;
    }

    // ------------------------------------------------------------------ text mutations

    private static final String[] TAGS = {"!!binary aGVsbG8=", "!custom x", "!!python/object/apply:os.system [ls]",
            "!!java.net.URL [http://example.invalid]", "!<tag:example.com,2024:x> y", "!!set {a, b}",
            "!!omap [a: 1]", "!!timestamp 2024-10-29", "!!str chữ", "!!int 5", "! x"};

    private static String text(String text, Mutation m, Format format) {
        int v = m.variant();
        return switch (m.kind()) {
            case HUGE_STRING -> {
                int[] sizes = {PlanFiles.MAX_STRING_CHARS + 1, PlanFiles.MAX_STRING_CHARS, 200_000, HUGE,
                        PlanFiles.MAX_DOCUMENT_CHARS + 1};
                int size = sizes[v % sizes.length];
                String huge = v % 2 == 0 ? "x".repeat(size) : "ư".repeat(size);
                yield replaceValue(text, m.target(), format == Format.JSON ? "\"" + huge + "\"" : huge);
            }
            case DEEP_NESTING -> {
                int[] depths = {PlanFiles.MAX_NESTING - 2, PlanFiles.MAX_NESTING, PlanFiles.MAX_NESTING + 1, 100,
                        10_000, 200_000};
                int depth = depths[v % depths.length];
                String nested = (v / depths.length) % 2 == 0 ? "[".repeat(depth) + "]".repeat(depth)
                        : (format == Format.JSON ? "{\"a\": " : "{a: ").repeat(depth) + "1" + "}".repeat(depth);
                yield replaceValue(text, m.target(), nested);
            }
            case ALIASES -> {
                String t = replaceValue(text, m.target(), "&anchor [một, hai]");
                yield v % 3 == 0 ? t : replaceValue(t, m.target() + 1 + v, v % 3 == 1 ? "*anchor" : "*khong-co");
            }
            case BILLION_LAUGHS -> billionLaughs(text, 1 + v % 12, v % 2 == 0);
            case YAML_TAG -> replaceValue(text, m.target(), TAGS[v % TAGS.length]);
            case DUPLICATE_KEY -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int i = m.target() % Math.max(lines.size(), 1);
                if (!lines.isEmpty()) {
                    lines.add(i, lines.get(i));
                }
                yield String.join("\n", lines) + "\n";
            }
            case TABS -> text.replaceFirst("(?m)^  ", "\t");
            case EXTRA_DOCUMENT -> text + (v % 3 == 0 ? "---\n" + text : v % 3 == 1 ? "...\n---\nid: khac\n" : "--- \n");
            case RAW_CONTROL_CHARACTER -> {
                int at = m.target() % (text.length() + 1);
                yield text.substring(0, at) + CONTROL[v % CONTROL.length] + text.substring(at);
            }
            case DECOMPOSED_UNICODE -> Normalizer.normalize(text, v % 2 == 0 ? Normalizer.Form.NFD : Normalizer.Form.NFKD);
            case EMPTY_FILE -> new String[] {"", " ", "\n\n", "# chỉ có chú thích\n", "---\n", "...\n", "---\n...\n",
                    "{}", "[]", "null", "~", "\"\"", "0"}[v % 13];
            default -> throw new IllegalArgumentException(m.kind() + " is not a text mutation");
        };
    }

    /** Replaces the value after the n-th "key: " (YAML) or "\"key\": " (JSON) with {@code value}. */
    private static String replaceValue(String text, int n, String value) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?m)(:\\s)(\\S[^\\n,}]*)").matcher(text);
        List<int[]> spots = new ArrayList<>();
        while (matcher.find()) {
            spots.add(new int[] {matcher.start(2), matcher.end(2)});
        }
        if (spots.isEmpty()) {
            return text + "\nx: " + value + "\n";
        }
        int[] s = spots.get(n % spots.size());
        return text.substring(0, s[0]) + value + text.substring(s[1]);
    }

    /** Nine-fold aliases over {@code levels} levels, alone or as an unknown field of the plan. */
    private static String billionLaughs(String plan, int levels, boolean alone) {
        StringBuilder s = new StringBuilder("lol0: &lol0 [\"lol\"]\n");
        for (int i = 1; i <= levels; i++) {
            s.append("lol").append(i).append(": &lol").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                s.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
            }
            s.append("]\n");
        }
        return alone ? s.toString() : plan + s;
    }

    // ------------------------------------------------------------------ byte mutations

    private static byte[] bytes(byte[] bytes, String text, Mutation m) {
        int v = m.variant();
        return switch (m.kind()) {
            case TRUNCATED -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : m.target() % bytes.length);
            case BYTE_ORDER_MARK -> {
                byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB}};
                yield concat(marks[v % marks.length], bytes);
            }
            case NOT_UTF8 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        {(byte) 0x80}, {(byte) 0xE1, (byte) 0xBA}, {(byte) 0xFE, (byte) 0xFE}};
                int at = bytes.length == 0 ? 0 : m.target() % (bytes.length + 1);
                yield concat(Arrays.copyOf(bytes, at), bad[v % bad.length],
                        Arrays.copyOfRange(bytes, at, bytes.length));
            }
            case OTHER_ENCODING -> {
                String[] charsets = {"UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1258", "UTF-32"};
                Charset cs = Charset.forName(charsets[v % charsets.length]);
                yield text.getBytes(cs);
            }
            case FLIPPED_BYTES -> {
                byte[] out = bytes.clone();
                for (int i = 0; i <= v % 8 && out.length > 0; i++) {
                    int at = (m.target() + i * 7919) % out.length;
                    out[at] = (byte) (out[at] ^ (1 << ((v + i) % 8)));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException(m.kind() + " is not a byte mutation");
        };
    }

    // ------------------------------------------------------------------ helpers

    private static void walk(Object node, BiConsumer<Object, Object> slot) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slot.accept(map, key);
                walk(map.get(key), slot);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slot.accept(list, i);
                walk(list.get(i), slot);
            }
        }
    }

    private static List<Slot> leaves(List<Slot> slots) {
        return slots.stream().filter(s -> !(s.get() instanceof Map<?, ?>) && !(s.get() instanceof List<?>)).toList();
    }

    private static List<Slot> numbersFirst(List<Slot> leaves, Mutation m) {
        List<Slot> numbers = leaves.stream().filter(s -> s.get() instanceof Number).toList();
        return numbers.isEmpty() || m.variant() % 4 == 0 ? leaves : numbers;
    }

    private static Slot pick(List<Slot> slots, Mutation m) {
        return slots.get(m.target() % slots.size());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<?, ?> map, String key, Object value) {
        ((Map<Object, Object>) map).put(key, value);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, val) -> copy.put((String) k, deepCopy(val)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return node;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
