package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.dialogue.actor.Actor;
import vn.dialogue.export.html.HtmlRenderer;
import vn.dialogue.export.layout.LayoutDocument;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedPlan;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Act;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.conclusion.ChairConclusions;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.conclusion.ConclusionTask;
import vn.dialogue.question.Question;
import vn.dialogue.question.QuestionCommand;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.question.QuestionStatus;
import vn.dialogue.question.RejectionReason;
import vn.dialogue.question.RolePolicy;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.question.Versioned;
import vn.dialogue.deadline.CivilCodePeriod;

/**
 * Consent across every public export (Luật 91/2025/QH15): askers with and without consent (Vietnamese names, some
 * given decomposed, organisations, phones and e-mails, units) whose questions quote their own and each other's
 * names, organisations and contacts (as given, upper-cased, decomposed, with the phone spaced otherwise), taken to
 * answered, deferred, answered-in-writing, closed, routed and rejected states, some compiled together. The whole
 * {@link DocumentSet} is written in DOCX, PDF and HTML, the public page in every format too; every file whose
 * {@link DocumentKind} is {@link Audience#PUBLIC} is read back (HTML as written, DOCX through POI, PDF through
 * PDFBox, ICS unfolded) and must hold no non-consenting asker's name, organisation or contact in any of those forms,
 * while each consenting asker of a published question is named on the public page. Internal files keep the
 * identities. Prints what was tried.
 */
class PublicExportsRespectConsentPropertyTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final String SESSION = "doi-thoai";
    private static final Instant T0 = Instant.parse("2024-10-20T02:00:00Z");
    private static final Instant AT_SESSION = Instant.parse("2024-11-22T02:00:00Z");
    private static final Actor CLERK = Actor.of("clerk-1", "Cán bộ tiếp nhận", RolePolicy.INTAKE, "hlhpn-tinh");
    private static final Actor MODERATOR = Actor.of("mod-1", "Cán bộ kiểm duyệt", RolePolicy.MODERATOR, "hlhpn-tinh");
    private static final Actor COMPILER = Actor.of("comp-1", "Chuyên viên tổng hợp", RolePolicy.COMPILER, "so-ldtbxh");
    private static final Actor SECRETARIAT = Actor.of("sec-1", "Thư ký", RolePolicy.SECRETARIAT, "vp-ubnd");
    private static final List<String> AGENCIES = List.of("so-ldtbxh", "bhxh-tinh", "cong-an-tinh", "so-nnptnt",
            "so-noi-vu", "so-yte");
    private static final List<String> UNITS = List.of("dak-ha", "dak-to", "sa-thay", "kon-plong", "tp-kon-tum");
    private static final String PLAN_TEXT;

    static {
        try {
            PLAN_TEXT = Normalizer.normalize(Files.readString(SeedPlan.file(), StandardCharsets.UTF_8),
                    Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Y", "Rơ Châm", "A Lăng", "Ksor");
    private static final List<String> MIDDLES = List.of("Thị", "Văn", "Ngọc", "Thuỳ", "Hữu", "Minh", "Kim", "Xuân",
            "H'");
    private static final List<String> GIVEN = List.of("Hoa", "Lan", "Huệ", "Phượng", "Nguyệt", "Thoả", "Ánh",
            "Hằng", "Diệp", "Xuyến", "Khuê", "Yến", "Ngát", "Thuận", "Bích", "Đào", "Hơ Lép", "Niê");

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    /** What to do with one asker's question. */
    enum Fate { ANSWERED_LIVE, DEFERRED, RESOLVED, CLOSED, ROUTED, REJECTED }

    /** Who an asker is. */
    record Identity(String surname, String middle, String given, boolean consent, int phone, boolean email,
                    boolean nfd, int unit) {
    }

    /** What happens to their question, and what their text and its answer quote. */
    record Plot(Fate fate, int quote, int quoteOther, boolean answerQuotes) {
    }

    /** One asker, their question's fate, and what their text quotes. */
    record Person(Identity id, Plot plot) {
        String name() {
            return id.surname() + " " + id.middle() + (id.middle().endsWith("'") ? "" : " ") + id.given();
        }

        boolean consent() {
            return id.consent();
        }

        boolean nfd() {
            return id.nfd();
        }

        Fate fate() {
            return plot.fate();
        }

        int quote() {
            return plot.quote();
        }

        int quoteOther() {
            return plot.quoteOther();
        }

        boolean answerQuotes() {
            return plot.answerQuotes();
        }
    }

    record Case(List<Person> people, boolean compileFirstTwo) {
    }

    @BeforeContainer
    static void start() {
        COUNTS.clear();
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder s = new StringBuilder("Consent across public exports:\n");
        new TreeMap<>(COUNTS).forEach((k, v) -> s.append(String.format("  %-56s %7d%n", k, v.sum())));
        System.out.print(s);
        Path out = Path.of("target", "reliability");
        Files.createDirectories(out);
        Files.writeString(out.resolve("consent.txt"), s.toString());
    }

    private static void count(String what) {
        count(what, 1);
    }

    private static void count(String what, long n) {
        COUNTS.computeIfAbsent(what, k -> new LongAdder()).add(n);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Identity> identity = Combinators.combine(Arbitraries.of(SURNAMES), Arbitraries.of(MIDDLES),
                Arbitraries.of(GIVEN), Arbitraries.of(true, false), Arbitraries.integers().between(0, 999_999),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 2).map(i -> i == 0),
                Arbitraries.integers().between(0, UNITS.size() - 1)).as(Identity::new);
        Arbitrary<Plot> plot = Combinators.combine(Arbitraries.of(Fate.class), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(-1, 7), Arbitraries.of(true, false)).as(Plot::new);
        Arbitrary<Person> person = Combinators.combine(identity, plot).as(Person::new);
        return Combinators.combine(person.list().ofMinSize(2).ofMaxSize(6).uniqueElements(Person::name),
                Arbitraries.of(true, false)).as(Case::new);
    }

    private static Asker asker(Person p, int index) {
        Identity id = p.id();
        String name = id.nfd() ? Normalizer.normalize(p.name(), Normalizer.Form.NFD) : p.name();
        String contact = id.email() ? "nguoi.hoi" + index + "." + id.phone() + "@thu.example.vn"
                : String.format("09%02d %03d %03d", index + 10, id.phone() / 1_000, id.phone() % 1_000);
        return new Asker(name, "Hợp tác xã " + id.given() + " số " + (index + 21), UNITS.get(id.unit()), contact,
                id.consent());
    }

    /** The forms in which a field is quoted in text: as given, upper-cased, decomposed; a phone spaced otherwise. */
    private static String quoted(String field, int how) {
        return switch (how) {
            case 1 -> field.toUpperCase(Locale.ROOT);
            case 2 -> Normalizer.normalize(field, Normalizer.Form.NFD);
            case 3 -> field.matches("[0-9 ]+") ? field.replace(' ', '.') : field;
            default -> field;
        };
    }

    private static String text(List<Asker> askers, int i, Person p) {
        Asker a = askers.get(i);
        StringBuilder t = new StringBuilder("Đề nghị số " + i + " về hỗ trợ vay vốn cho phụ nữ");
        switch (p.quote()) {
            case 1 -> t.append(", tôi là ").append(quoted(a.name(), i % 3));
            case 2 -> t.append(", liên hệ ").append(quoted(a.contact(), 3));
            case 3 -> t.append(" của ").append(quoted(a.organisation(), i % 3));
            case 4 -> t.append(", tôi là ").append(quoted(a.name(), 1)).append(" (").append(a.contact())
                    .append("), ").append(a.organisation());
            default -> { }
        }
        if (p.quoteOther() >= 0 && p.quoteOther() < askers.size() && p.quoteOther() != i) {
            t.append("; cùng ý kiến với ").append(quoted(askers.get(p.quoteOther()).name(), 2));
            count("texts quoting another asker's name");
        }
        if (p.quote() > 0) {
            count("texts quoting their own asker");
        }
        return t.append('.').toString();
    }

    /** The questions, conclusions and tasks of one case, and its askers. */
    record Scenario(List<Asker> askers, List<Question> questions, ChairConclusions conclusions,
                    List<ConclusionTask> tasks) {
    }

    /**
     * The public documents whose content derives from questions or conclusions, composed as the set composes them.
     * The other public kinds (plan, programme, seating chart, name cards) take no question, no conclusion and no
     * asker, so no asker can reach them; {@link #should_check_every_public_file_of_the_whole_set} reads them too.
     */
    private static final Map<DocumentKind, java.util.function.Function<Scenario, LayoutDocument>> COMPOSED = Map.of(
            DocumentKind.PUBLIC_ANSWERS, s -> PublicAnswersPage.of(PLAN, s.questions()).withTimestamp(T0).layout(),
            DocumentKind.COMPILED_REPORT, s -> CompiledSubmissionsDocument.of(PLAN, s.questions()).withTimestamp(T0)
                    .layout(),
            DocumentKind.RUN_OF_SHOW, s -> RunOfShowScript.of(PLAN, s.questions()).withTimestamp(T0).layout(),
            DocumentKind.CONCLUSION_NOTICE, s -> ConclusionNoticeDocument.of(PLAN, s.conclusions(), s.tasks(),
                    s.questions()).withTimestamp(T0).layout());

    @org.junit.jupiter.api.Test
    void should_cover_every_public_kind_that_takes_questions() {
        EnumSet<DocumentKind> publicKinds = EnumSet.noneOf(DocumentKind.class);
        for (DocumentKind k : DocumentKind.values()) {
            if (k.audience() == Audience.PUBLIC) {
                publicKinds.add(k);
            }
        }
        EnumSet<DocumentKind> covered = EnumSet.copyOf(COMPOSED.keySet());
        covered.add(DocumentKind.CALENDAR);
        covered.addAll(EnumSet.of(DocumentKind.PLAN, DocumentKind.PROGRAMME, DocumentKind.SEATING_CHART,
                DocumentKind.NAME_CARDS));
        assertThat(covered).isEqualTo(publicKinds);
    }

    @Property(tries = 200)
    void public_html_and_calendar_never_carry_a_non_consenting_askers_identity(@ForAll("cases") Case c)
            throws IOException {
        Scenario s = scenario(c);
        for (Map.Entry<DocumentKind, java.util.function.Function<Scenario, LayoutDocument>> e : COMPOSED.entrySet()) {
            check(s, e.getKey(), "html", render(e.getValue().apply(s), Format.HTML));
        }
        check(s, DocumentKind.CALENDAR, "ics", calendar(s));
        count("tries (HTML and ICS)");
        count("askers", s.askers().size());
        count("askers without consent", s.askers().stream().filter(a -> !a.consentToPublish()).count());
        count("askers given in NFD", c.people().stream().filter(Person::nfd).count());
        s.questions().forEach(q -> count("questions in state " + q.status()));
    }

    @Property(tries = 12)
    void public_docx_and_pdf_never_carry_a_non_consenting_askers_identity(@ForAll("cases") Case c)
            throws IOException {
        Scenario s = scenario(c);
        for (Map.Entry<DocumentKind, java.util.function.Function<Scenario, LayoutDocument>> e : COMPOSED.entrySet()) {
            for (Format f : EnumSet.of(Format.DOCX, Format.PDF)) {
                check(s, e.getKey(), f.extension(), render(e.getValue().apply(s), f));
            }
        }
        count("tries (DOCX and PDF)");
    }

    @org.junit.jupiter.api.Test
    void should_check_every_public_file_of_the_whole_set() throws IOException {
        // GIVEN a case with askers of both kinds quoting themselves and each other in every state
        List<Person> people = new ArrayList<>();
        Fate[] fates = {Fate.ANSWERED_LIVE, Fate.CLOSED, Fate.DEFERRED, Fate.RESOLVED, Fate.ROUTED, Fate.REJECTED};
        for (int i = 0; i < 6; i++) {
            people.add(new Person(new Identity(SURNAMES.get(i + 3), MIDDLES.get(i), GIVEN.get(i + 5), i % 2 == 0,
                    123_456 + i, i % 3 == 0, i == 1, i % UNITS.size()), new Plot(fates[i], 4, (i + 1) % 6, true)));
        }
        Scenario s = scenario(new Case(people, true));
        // WHEN the whole set is written, with delegates and seating, as HTML
        Path dir = Files.createTempDirectory(Path.of("target"), "consent-");
        try {
            var delegates = SeedParticipants.delegates(PLAN);
            List<Path> files = DocumentSet.builder(PLAN).questions(s.questions())
                    .delegates(delegates).invitations(SeedParticipants.invitations(delegates))
                    .seating(SeedParticipants.seating(PLAN, delegates))
                    .conclusions(s.conclusions(), s.tasks()).timestamp(T0).formats(EnumSet.of(Format.HTML)).build()
                    .writeTo(dir);
            // THEN every file has a kind; the public ones hold no non-consenting identity, the workbook keeps all
            EnumSet<DocumentKind> seen = EnumSet.noneOf(DocumentKind.class);
            for (Path file : files) {
                String name = file.getFileName().toString();
                DocumentKind kind = DocumentKind.ofFile(name).orElseThrow(() -> new AssertionError(
                        "a file of the set has no kind: " + name));
                seen.add(kind);
                String ext = name.substring(name.lastIndexOf('.') + 1);
                if (kind.audience() == Audience.PUBLIC) {
                    check(s, kind, ext, Files.readAllBytes(file));
                } else if (kind == DocumentKind.COMPILED_WORKBOOK) {
                    String book = xlsx(Files.readAllBytes(file));
                    for (Asker a : s.askers()) {
                        assertThat(book).as("the internal workbook keeps every asker").contains(a.name());
                    }
                }
            }
            assertThat(seen).containsAll(EnumSet.allOf(DocumentKind.class));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static byte[] render(LayoutDocument doc, Format f) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Documents.render(doc, f, out);
        return out.toByteArray();
    }

    private static byte[] calendar(Scenario s) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PlanCalendar.of(PLAN, vn.dialogue.deadline.DeadlineContext.of(vn.dialogue.calendar.WorkingCalendar.vietnam()),
                T0).withQuestionDeadlines(s.questions(), vn.dialogue.export.wording.Wording.vietnamese())
                .withConclusionTasks(s.tasks(), s.questions(), vn.dialogue.export.wording.Wording.vietnamese())
                .write(out);
        return out.toByteArray();
    }

    /** Reads one public file and checks it: no hidden asker's identity; on the public page, every named one. */
    private static void check(Scenario s, DocumentKind kind, String ext, byte[] bytes) throws IOException {
        String text = read(bytes, ext);
        String label = kind + " as " + ext;
        count("public documents read, " + ext);
        for (Asker a : s.askers()) {
            if (!a.consentToPublish()) {
                assertNoTraceOf(a, text, label);
                count("non-consenting identities checked against a public document");
            }
        }
        if (kind == DocumentKind.PUBLIC_ANSWERS) {
            for (Asker a : publishedConsenting(s.questions())) {
                assertThat(text).as("consenting asker named on %s", label)
                        .contains(ext.equals("html") ? HtmlRenderer.escape(a.name()) : a.name());
                count("consenting askers found named on the public page");
            }
        }
    }

    private static Scenario scenario(Case c) {
        for (Person a : c.people()) {
            Assume.that(!PLAN_TEXT.contains(a.name().toLowerCase(Locale.ROOT)));
            for (Person b : c.people()) {
                Assume.that(a == b || !a.name().contains(b.name()));
            }
        }
        List<Asker> askers = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            askers.add(asker(c.people().get(i), i));
        }
        List<Question> questions;
        try (QuestionRegistry r = QuestionRegistry.builder(RolePolicy.defaults()).plan(PLAN).open()) {
            List<Versioned> own = new ArrayList<>();
            for (int i = 0; i < askers.size(); i++) {
                Person p = c.people().get(i);
                Submission sub = new Submission("m-" + i, SubmissionKind.RECOMMENDATION, text(askers, i, p),
                        List.of("chinh-sach"), askers.get(i), i % 2 == 0 ? Channel.email()
                        : Channel.webPortal("cong-ttdt-tinh"), T0, null, List.of());
                Versioned q = r.receive(sub, Act.of(CLERK, T0)).question();
                if (p.fate() == Fate.REJECTED) {
                    r.execute(new QuestionCommand.Reject(q.id(), q.version(), Act.of(MODERATOR, T0, "ngoài phạm vi"),
                            RejectionReason.OUT_OF_SCOPE));
                    own.add(null);
                    continue;
                }
                own.add(r.execute(new QuestionCommand.Accept(q.id(), q.version(), Act.of(MODERATOR, T0, "phù hợp"),
                        List.of())));
            }
            List<Versioned> work = new ArrayList<>();
            List<Person> fates = new ArrayList<>();
            int start = 0;
            if (c.compileFirstTwo() && own.get(0) != null && own.get(1) != null) {
                String wording = "Hỗ trợ vay vốn cho phụ nữ (ý kiến của " + askers.get(0).name() + " và "
                        + quoted(askers.get(1).name(), 1) + ")";
                work.add(r.execute(new QuestionCommand.Compile(List.of(own.get(0), own.get(1)),
                        Act.of(COMPILER, T0), wording, List.of("chinh-sach"))));
                fates.add(c.people().get(0));
                start = 2;
                count("compiled groups (wording quoting both askers)");
            }
            for (int i = start; i < own.size(); i++) {
                if (own.get(i) != null) {
                    work.add(own.get(i));
                    fates.add(c.people().get(i));
                }
            }
            for (int k = 0; k < work.size(); k++) {
                take(r, work.get(k), fates.get(k), askers, k);
            }
            questions = r.questions();
        }
        try (ConclusionRegister register = ConclusionRegister.builder(RolePolicy.defaults()).plan(PLAN).open()) {
            Instant at = AT_SESSION.plusSeconds(7200);
            ChairConclusions conclusions = register.record(Act.of(SECRETARIAT, at), SESSION,
                    "Buổi đối thoại dân chủ; ý kiến của " + askers.get(0).name() + " được tiếp thu.",
                    List.of("Quan tâm kiến nghị của " + quoted(askers.get(askers.size() - 1).name(), 1) + "."));
            register.assign(Act.of(SECRETARIAT, at), "kl-1", SESSION, "so-ldtbxh", "Liên hệ "
                    + askers.get(0).contact() + " để trả lời.", CivilCodePeriod.workingDays(10).describe(),
                    LocalDate.of(2024, 12, 6));
            return new Scenario(askers, questions, conclusions, register.tasks());
        }
    }

    /** Takes an accepted question to its fate. */
    private static void take(QuestionRegistry r, Versioned q, Person p, List<Asker> askers, int k) {
        String agency = AGENCIES.get(k % AGENCIES.size());
        String quote = p.answerQuotes() ? " Trả lời " + quoted(askers.get(k % askers.size()).name(), 1)
                + ", điện thoại " + quoted(askers.get(k % askers.size()).contact(), 3) + "." : "";
        if (p.answerQuotes()) {
            count("answers quoting an asker");
        }
        Versioned routed = r.execute(new QuestionCommand.Route(q.id(), q.version(), Act.of(COMPILER, T0), agency,
                List.of(), LocalDate.of(2024, 11, 14)));
        switch (p.fate()) {
            case ROUTED, REJECTED -> { }
            case ANSWERED_LIVE, CLOSED -> {
                Versioned live = r.execute(new QuestionCommand.AnswerLive(routed.id(), routed.version(),
                        Act.of(SECRETARIAT, AT_SESSION), SESSION, agency, null, "Sở đã tiếp thu." + quote));
                if (p.fate() == Fate.CLOSED) {
                    r.execute(new QuestionCommand.Close(live.id(), live.version(), Act.of(COMPILER, AT_SESSION)));
                }
            }
            case DEFERRED, RESOLVED -> {
                Versioned deferred = r.execute(new QuestionCommand.Defer(routed.id(), routed.version(),
                        Act.of(SECRETARIAT, AT_SESSION, "cần xác minh"), SESSION, agency, null,
                        LocalDate.of(2024, 12, 6), LocalDate.of(2024, 11, 27)));
                if (p.fate() == Fate.RESOLVED) {
                    Actor official = Actor.of("ag-" + k, "Phòng", RolePolicy.AGENCY, agency);
                    r.execute(new QuestionCommand.ResolveInWriting(deferred.id(), deferred.version(),
                            Act.of(official, AT_SESSION.plusSeconds(86_400)), null, "Công văn số " + (k + 1),
                            "Đã trả lời bằng văn bản." + quote));
                }
            }
        }
    }

    /** Consenting askers of questions the public page shows (those with an outcome). */
    private static List<Asker> publishedConsenting(List<Question> questions) {
        EnumSet<QuestionStatus> published = EnumSet.of(QuestionStatus.ANSWERED_LIVE, QuestionStatus.DEFERRED,
                QuestionStatus.RESOLVED_IN_WRITING, QuestionStatus.CLOSED, QuestionStatus.HANDLED_LOCALLY);
        List<Asker> out = new ArrayList<>();
        for (Question q : questions) {
            if (published.contains(q.status())) {
                q.dossier().askers().stream().filter(Asker::consentToPublish).forEach(out::add);
            }
        }
        return out;
    }

    private static void assertNoTraceOf(Asker a, String text, String file) {
        String plain = text.toLowerCase(Locale.ROOT);
        List<String> fields = new ArrayList<>(List.of(a.name(), a.organisation(), a.contact()));
        for (String field : fields) {
            String f = field.toLowerCase(Locale.ROOT);
            assertThat(plain).as("%s holds a non-consenting asker's field", file).doesNotContain(f)
                    .doesNotContain(HtmlRenderer.escape(field).toLowerCase(Locale.ROOT));
        }
        if (!a.contact().contains("@")) {
            String national = a.contact().replaceAll("\\D", "").substring(1);
            String digits = text.replaceAll("(?<=\\d)[ .\\-()]+(?=\\d)", "");
            assertThat(digits).as("%s holds a non-consenting asker's phone in some spacing", file)
                    .doesNotContain(national);
        }
    }

    /** The text of a written file, NFC, white space collapsed. */
    private static String read(byte[] bytes, String ext) throws IOException {
        String text = switch (ext) {
            case "html" -> new String(bytes, StandardCharsets.UTF_8);
            case "docx" -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                    yield words.getText();
                }
            }
            case "pdf" -> {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(doc);
                }
            }
            case "ics" -> new String(bytes, StandardCharsets.UTF_8).replaceAll("\r?\n[ \t]", "")
                    .replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\N", " ")
                    .replace("\\\\", "\\");
            case "xlsx" -> xlsx(bytes);
            default -> throw new AssertionError("no reader for ." + ext);
        };
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    private static String xlsx(byte[] bytes) throws IOException {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append(" | "))));
        }
        return all.toString();
    }
}
