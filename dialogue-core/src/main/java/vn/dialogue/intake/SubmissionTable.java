package vn.dialogue.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.Topic;
import vn.dialogue.question.Asker;
import vn.dialogue.question.Channel;
import vn.dialogue.question.ChannelKind;
import vn.dialogue.question.DialogueTime;
import vn.dialogue.question.Submission;
import vn.dialogue.question.SubmissionKind;
import vn.dialogue.text.Bilingual;
import vn.dialogue.text.PhoneNumbers;
import vn.dialogue.text.TableHeader;

/**
 * Reads submissions collected offline (a union branch's register, a bridge point's forms, a suggestion box typed
 * up) from rows of text cells, as a spreadsheet holds them, and writes them back. The CSV and XLSX adapters (in the
 * export module) turn files into rows; everything about headers, values and errors is here, so both formats behave
 * alike.
 *
 * <h2>Reading</h2>
 * The header row is the first of the first {@value #HEADER_SEARCH_ROWS} rows that names a text column and at least
 * one other known column (titles above it are skipped); headers are matched by {@link SubmissionColumn#ofHeader}.
 * The text, name and date columns are required, and the channel column unless {@link Defaults#channel()} gives one.
 * Each later non-blank row becomes a {@link Submission} or one {@link SubmissionRowError} per problem (row number,
 * column, value, what is wrong). A bad row is left out whole; every good row is kept. Nothing is silently changed:
 * a value that cannot be read as written is an error, never a guess.
 * <ul>
 *   <li>Dates: {@code dd/MM/yyyy}, {@code dd-MM-yyyy}, {@code dd.MM.yyyy} or ISO {@code yyyy-MM-dd}, each with an
 *       optional time {@code HH:mm} or {@code HH:mm:ss} (or ISO {@code T}, with an offset if any), years 2000 to
 *       2099, impossible days (31/02) refused. Times are Vietnam time; a day alone is received at 00:00. A time may
 *       also come from the time column ({@code 8:30}, {@code 8h30}).</li>
 *   <li>Consent: Có, Đồng ý, X, ✓, Yes, 1, True mean yes; Không, Không đồng ý, No, 0, False and blank mean no
 *       (consent is never assumed); anything else is an error, since guessing consent would publish a name.</li>
 *   <li>Kind: ý kiến, đề xuất, kiến nghị, câu hỏi (or the English names); blank is {@link Defaults#kind()}.</li>
 *   <li>Channel: by its Vietnamese or English name ({@link #channelName}); the source and level come from their
 *       columns, or from the default channel when it is of the same kind.</li>
 *   <li>Unit and topics: resolved against the plan, by id or name; topics separated by {@code ;}.</li>
 *   <li>Message id: the form's number, ASCII letters, digits, {@code . _ -}; blank means
 *       {@code <prefix>-<row number>}, so importing the same table again is recognised. The same message id on two
 *       rows of a channel is an error on the second.</li>
 *   <li>Text cells refuse control characters other than tab and line breaks, lone surrogates and non-characters
 *       (they break exported documents); lengths are limited ({@link Submission#MAX_TEXT} for the text,
 *       {@value #MAX_FIELD} for other cells).</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * {@link #write} gives a header row and one row per submission; reading what was written gives equal submissions,
 * to the second, except forwarding organisations and attachments, which a table does not carry.
 *
 * <p>Thread-safe: stateless.
 */
public final class SubmissionTable {

    /** How many rows from the top are searched for the header row. */
    public static final int HEADER_SEARCH_ROWS = 20;
    /** The longest value of a cell other than the text. */
    public static final int MAX_FIELD = 500;

    private static final List<SubmissionColumn> WRITTEN = List.of(SubmissionColumn.NUMBER,
            SubmissionColumn.MESSAGE_ID, SubmissionColumn.CHANNEL, SubmissionColumn.SOURCE, SubmissionColumn.LEVEL,
            SubmissionColumn.RECEIVED, SubmissionColumn.KIND, SubmissionColumn.NAME, SubmissionColumn.ORGANISATION,
            SubmissionColumn.UNIT, SubmissionColumn.CONTACT, SubmissionColumn.CONSENT, SubmissionColumn.TOPIC,
            SubmissionColumn.TEXT);
    private static final Map<ChannelKind, String> CHANNEL_NAMES = new EnumMap<>(Map.of(
            ChannelKind.UNION_BRANCH, "Hội, đoàn thể",
            ChannelKind.WEB_PORTAL, "Cổng thông tin điện tử",
            ChannelKind.FLOOR, "Tại hội nghị",
            ChannelKind.HOTLINE, "Đường dây nóng",
            ChannelKind.EMAIL, "Thư điện tử",
            ChannelKind.PAPER, "Văn bản"));
    private static final Map<String, ChannelKind> CHANNELS = new HashMap<>();
    private static final Map<String, SubmissionKind> KINDS = new HashMap<>();
    private static final Set<String> YES = Set.of("co", "dong y", "co dong y", "x", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("khong", "khong dong y", "k", "no", "n", "false", "0");
    private static final Set<String> MARKS = Set.of("✓", "✔", "☑", "√");
    private static final DateTimeFormatter WRITTEN_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("H'h'mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("H'h'").withResolverStyle(ResolverStyle.STRICT));

    static {
        CHANNEL_NAMES.forEach((kind, name) -> CHANNELS.put(SubmissionColumn.loose(name), kind));
        for (ChannelKind kind : ChannelKind.values()) {
            CHANNELS.put(SubmissionColumn.loose(kind.name()), kind);
        }
        for (String s : List.of("hoi", "chi hoi", "doan the", "hoi phu nu", "union", "union branch", "to chuc hoi")) {
            CHANNELS.put(s, ChannelKind.UNION_BRANCH);
        }
        for (String s : List.of("cong thong tin", "website", "web", "portal", "truc tuyen")) {
            CHANNELS.put(s, ChannelKind.WEB_PORTAL);
        }
        for (String s : List.of("hoi nghi", "truc tiep", "tai diem cau", "diem cau", "floor", "phat bieu")) {
            CHANNELS.put(s, ChannelKind.FLOOR);
        }
        for (String s : List.of("duong day nong", "dien thoai", "hotline", "phone")) {
            CHANNELS.put(s, ChannelKind.HOTLINE);
        }
        for (String s : List.of("email", "e mail", "thu dien tu")) {
            CHANNELS.put(s, ChannelKind.EMAIL);
        }
        for (String s : List.of("van ban", "thu", "giay", "phieu", "thu tay", "paper", "letter")) {
            CHANNELS.put(s, ChannelKind.PAPER);
        }
        for (SubmissionKind kind : SubmissionKind.values()) {
            KINDS.put(SubmissionColumn.loose(kind.vietnamese()), kind);
            KINDS.put(SubmissionColumn.loose(kind.name()), kind);
        }
        KINDS.put("petition", SubmissionKind.RECOMMENDATION);
    }

    private SubmissionTable() {
    }

    /**
     * What to assume when a table leaves a column out or a cell blank.
     *
     * @param channel       the channel of rows that name none, e.g. the union branch that collected the table; or
     *                      null to require a channel on every row
     * @param kind          the kind of rows that name none
     * @param forwardedBy   the organisation that forwarded the table, or null
     * @param messagePrefix the start of the message id of rows without one: {@code <prefix>-<row number>}
     */
    public record Defaults(@Nullable Channel channel, SubmissionKind kind, @Nullable String forwardedBy,
                           String messagePrefix) {

        /**
         * Checks the fields.
         *
         * @param channel       the channel of rows that name none, or null to require one on every row
         * @param kind          the kind of rows that name none
         * @param forwardedBy   the organisation that forwarded the table, or null
         * @param messagePrefix the start of the message id of rows without one
         * @throws NullPointerException     if {@code kind} or {@code messagePrefix} is null
         * @throws IllegalArgumentException if {@code forwardedBy} is not a valid key, or the prefix cannot start one
         */
        public Defaults {
            Objects.requireNonNull(kind, "kind");
            forwardedBy = Keys.optional(forwardedBy, "forwardedBy");
            Keys.require(Objects.requireNonNull(messagePrefix, "messagePrefix") + "-1", "messagePrefix");
        }

        /**
         * Rows without a channel are {@code channel}; rows without a kind are questions; ids "dong-N".
         *
         * @param channel the channel of rows that name none
         * @return the defaults; never null
         * @throws NullPointerException if {@code channel} is null
         */
        public static Defaults of(Channel channel) {
            return new Defaults(Objects.requireNonNull(channel, "channel"), SubmissionKind.QUESTION, null, "dong");
        }

        /**
         * Every row names its channel; rows without a kind are questions; ids "dong-N".
         *
         * @return the defaults; never null
         */
        public static Defaults none() {
            return new Defaults(null, SubmissionKind.QUESTION, null, "dong");
        }

        /**
         * A copy with this forwarding organisation; the rest stays.
         *
         * @param organisation the organisation's id, or null for none
         * @return the new defaults; never null
         * @throws IllegalArgumentException if {@code organisation} is not a valid key
         */
        public Defaults withForwardedBy(@Nullable String organisation) {
            return new Defaults(channel, kind, organisation, messagePrefix);
        }

        /**
         * A copy with this message id prefix; the rest stays.
         *
         * @param prefix the start of the message id of rows without one
         * @return the new defaults; never null
         * @throws NullPointerException     if {@code prefix} is null
         * @throws IllegalArgumentException if the prefix cannot start a valid key
         */
        public Defaults withMessagePrefix(String prefix) {
            return new Defaults(channel, kind, forwardedBy, prefix);
        }
    }

    /**
     * Reads a submissions table; {@code rows.get(0)} is the spreadsheet's row 1. Never throws for bad content:
     * every problem is a {@link SubmissionRowError}.
     *
     * @param plan     the plan the rows are checked against (topics, organisations, units)
     * @param rows     the spreadsheet's rows, each a list of cells
     * @param defaults what to assume for a missing channel, kind, forwarder or message id
     * @return the good rows' submissions and one error per problem; never null
     * @throws NullPointerException if an argument is null
     */
    public static SubmissionImport read(Plan plan, List<? extends List<String>> rows, Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(defaults, "defaults");
        return new Reader(plan, rows, defaults).read();
    }

    /**
     * The columns {@link #write} writes, in order.
     *
     * @return the columns; unmodifiable, never null
     */
    public static List<SubmissionColumn> writtenColumns() {
        return WRITTEN;
    }

    /**
     * The Vietnamese name of a channel kind, as tables write it ("Hội, đoàn thể", "Tại hội nghị").
     *
     * @param kind the channel kind
     * @return its name
     * @throws NullPointerException if {@code kind} is null
     */
    public static String channelName(ChannelKind kind) {
        return CHANNEL_NAMES.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * A header row and one row per submission, in order; times to the second, Vietnam time.
     *
     * @param submissions the submissions
     * @return the rows, each a list of cells; never null
     * @throws NullPointerException if {@code submissions} is null
     */
    public static List<List<String>> write(List<Submission> submissions) {
        Objects.requireNonNull(submissions, "submissions");
        List<List<String>> out = new ArrayList<>();
        out.add(WRITTEN.stream().map(SubmissionColumn::header).toList());
        int n = 0;
        for (Submission s : submissions) {
            n++;
            List<String> row = new ArrayList<>();
            for (SubmissionColumn c : WRITTEN) {
                row.add(cell(s, c, n));
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    private static String cell(Submission s, SubmissionColumn c, int n) {
        switch (c) {
            case NUMBER:
                return Integer.toString(n);
            case MESSAGE_ID:
                return s.messageId();
            case CHANNEL:
                return channelName(s.channel().kind());
            case SOURCE:
                return text(s.channel().source());
            case LEVEL:
                return text(s.channel().level());
            case RECEIVED:
                return WRITTEN_TIME.format(LocalDateTime.ofInstant(s.receivedAt(), DialogueTime.ZONE));
            case KIND:
                return s.kind().vietnamese();
            case NAME:
                return s.asker().name();
            case ORGANISATION:
                return text(s.asker().organisation());
            case UNIT:
                return text(s.asker().unit());
            case CONTACT:
                return text(s.asker().contact());
            case CONSENT:
                return s.asker().consentToPublish() ? "Có" : "Không";
            case TOPIC:
                return String.join("; ", s.topics());
            case TEXT:
                return s.text();
            default:
                return "";
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** One reading of one table. Not thread-safe; used once. */
    private static final class Reader {
        private final Plan plan;
        private final List<? extends List<String>> rows;
        private final Defaults defaults;
        private final List<SubmissionRowError> errors = new ArrayList<>();
        private TableHeader<SubmissionColumn> columns = TableHeader.read(List.of(), SubmissionColumn.class, Reader::column);
        private final Map<String, Integer> keys = new HashMap<>();

        Reader(Plan plan, List<? extends List<String>> rows, Defaults defaults) {
            this.plan = plan;
            this.rows = rows;
            this.defaults = defaults;
        }

        SubmissionImport read() {
            int header = TableHeader.find(rows, HEADER_SEARCH_ROWS, SubmissionColumn.class, Reader::column,
                    found -> found.contains(SubmissionColumn.TEXT) && found.size() >= 2);
            if (header < 0) {
                errors.add(new SubmissionRowError(0, null, null, Bilingual.of(
                        "Không tìm thấy dòng tiêu đề trong " + HEADER_SEARCH_ROWS
                                + " dòng đầu: cần cột 'Nội dung' và các cột như 'Họ và tên', 'Ngày nhận'.",
                        "No header row in the first " + HEADER_SEARCH_ROWS
                                + " rows: expected a 'Nội dung' (text) column and others such as 'Họ và tên', "
                                + "'Ngày nhận'.")));
                return new SubmissionImport(List.of(), errors, 0, List.of());
            }
            columns = TableHeader.read(rows.get(header), SubmissionColumn.class, Reader::column);
            int headerRow = header + 1;
            columns.repeats().forEach(r ->
                    errors.add(new SubmissionRowError(headerRow, r.header(), null, r.message())));
            if (!requiredColumns(headerRow)) {
                return new SubmissionImport(List.of(), errors, headerRow, columns.ignored());
            }
            List<SubmissionImport.Kept> kept = new ArrayList<>();
            for (int i = header + 1; i < rows.size(); i++) {
                List<String> row = rows.get(i) == null ? List.of() : rows.get(i);
                if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                row(i + 1, row).ifPresent(s -> kept.add(new SubmissionImport.Kept(s.row, s.submission)));
            }
            return new SubmissionImport(kept, errors, headerRow, columns.ignored());
        }

        private record Read(int row, Submission submission) {
        }

        /** The column a header cell names; a cell longer than any header names none. */
        private static Optional<SubmissionColumn> column(String cell) {
            return cell.length() > MAX_FIELD ? Optional.empty() : SubmissionColumn.ofHeader(cell);
        }

        private boolean requiredColumns(int headerRow) {
            boolean ok = true;
            if (!columns.has(SubmissionColumn.NAME)) {
                errors.add(new SubmissionRowError(headerRow, null, null, Bilingual.of(
                        "Thiếu cột 'Họ và tên' (người hỏi).", "The 'Họ và tên' (asker's name) column is missing.")));
                ok = false;
            }
            if (!columns.has(SubmissionColumn.RECEIVED)) {
                errors.add(new SubmissionRowError(headerRow, null, null, Bilingual.of(
                        "Thiếu cột 'Ngày nhận'.", "The 'Ngày nhận' (date received) column is missing.")));
                ok = false;
            }
            if (!columns.has(SubmissionColumn.CHANNEL) && defaults.channel() == null) {
                errors.add(new SubmissionRowError(headerRow, null, null, Bilingual.of(
                        "Thiếu cột 'Kênh' (kênh tiếp nhận) và chưa chọn kênh mặc định.",
                        "The 'Kênh' (channel) column is missing and no default channel was given.")));
                ok = false;
            }
            return ok;
        }

        private String value(List<String> row, SubmissionColumn c) {
            return columns.value(row, c);
        }

        private void error(int row, SubmissionColumn c, @Nullable String value, String vi, String en) {
            errors.add(new SubmissionRowError(row, columns.header(c, c.header()),
                    value == null || value.isEmpty() ? null : value, Bilingual.of(vi, en)));
        }

        /**
         * Checks every cell of the row for characters documents cannot hold (control characters other than tab and
         * line breaks, lone surrogates, non-characters) and for length; true when all pass.
         */
        private boolean cellsReadable(int n, List<String> row) {
            boolean ok = true;
            for (SubmissionColumn c : columns.columns()) {
                String v = value(row, c);
                int max = c == SubmissionColumn.TEXT ? Submission.MAX_TEXT : MAX_FIELD;
                int bad = badCharacter(v);
                if (bad >= 0) {
                    error(n, c, v, "Ô có ký tự điều khiển hoặc ký tự không hợp lệ (vị trí " + (bad + 1)
                                    + "); hãy xoá ký tự đó.",
                            "The cell holds a control or invalid character (at position " + (bad + 1)
                                    + "); remove it.");
                    ok = false;
                } else if (v.length() > max) {
                    error(n, c, v, "Ô dài " + v.length() + " ký tự, tối đa " + max + ".",
                            "The cell is " + v.length() + " characters long; the limit is " + max + ".");
                    ok = false;
                }
            }
            return ok;
        }

        private static int badCharacter(String v) {
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (Character.isHighSurrogate(ch) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                    continue;
                }
                boolean control = Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r';
                if (control || Character.isSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
                    return i;
                }
            }
            return -1;
        }

        private Optional<Read> row(int n, List<String> row) {
            if (!cellsReadable(n, row)) {
                return Optional.empty();
            }
            int before = errors.size();
            String text = value(row, SubmissionColumn.TEXT);
            if (text.isBlank()) {
                error(n, SubmissionColumn.TEXT, null, "Thiếu nội dung.", "The text is missing.");
            }
            String name = value(row, SubmissionColumn.NAME);
            if (name.isBlank()) {
                error(n, SubmissionColumn.NAME, null, "Thiếu họ và tên người hỏi.", "The asker's name is missing.");
            }
            String organisation = value(row, SubmissionColumn.ORGANISATION);
            String contact = value(row, SubmissionColumn.CONTACT);
            Bilingual lostZero = PhoneNumbers.lostLeadingZeroProblem(contact);
            if (lostZero != null) {
                error(n, SubmissionColumn.CONTACT, contact, lostZero.vi(), lostZero.en());
            }
            String unit = unit(n, row);
            Boolean consent = consent(n, row);
            SubmissionKind kind = kind(n, row);
            Channel channel = channel(n, row);
            Instant received = received(n, row);
            List<String> topics = topics(n, row);
            String messageId = messageId(n, row);
            if (errors.size() > before || consent == null || kind == null || channel == null || received == null || topics == null
                    || messageId == null) {
                return Optional.empty();
            }
            Submission submission;
            try {
                submission = new Submission(messageId, kind, text, topics,
                        new Asker(name, organisation.isEmpty() ? null : organisation, unit,
                                contact.isEmpty() ? null : contact, consent), channel, received,
                        defaults.forwardedBy(), List.of());
            } catch (IllegalArgumentException e) {
                errors.add(new SubmissionRowError(n, null, null, Bilingual.of(
                        "Dòng không tạo được ý kiến: " + e.getMessage(), "The row is not a submission: "
                                + e.getMessage())));
                return Optional.empty();
            }
            Integer earlier = keys.putIfAbsent(submission.intakeKey(), n);
            if (earlier != null) {
                error(n, SubmissionColumn.MESSAGE_ID, messageId,
                        "Trùng số phiếu với dòng " + earlier + " (cùng kênh tiếp nhận).",
                        "Same message id as row " + earlier + " (same channel).");
                return Optional.empty();
            }
            return Optional.of(new Read(n, submission));
        }

        private @Nullable String unit(int n, List<String> row) {
            String u = value(row, SubmissionColumn.UNIT);
            if (u.isEmpty()) {
                return null;
            }
            List<AdministrativeUnit> units = plan.registry().units();
            if (units.stream().anyMatch(x -> x.id().equals(u))) {
                return u;
            }
            String key = SubmissionColumn.loose(u);
            List<String> found = units.stream().filter(x -> SubmissionColumn.loose(x.name()).equals(key))
                    .map(AdministrativeUnit::id).toList();
            if (found.isEmpty()) {
                found = units.stream().filter(x -> SubmissionColumn.loose(x.displayShortName()).equals(key))
                        .map(AdministrativeUnit::id).toList();
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                error(n, SubmissionColumn.UNIT, u, "Đơn vị hành chính này không có trong danh mục của kế hoạch.",
                        "This administrative unit is not in the plan's registry.");
            } else {
                String which = String.join("; ", found.stream().map(plan.registry()::unitName).toList());
                error(n, SubmissionColumn.UNIT, u, "Chưa rõ đơn vị hành chính nào: " + which + "; ghi đầy đủ tên.",
                        "Ambiguous administrative unit: " + which + "; write the full name.");
            }
            return null;
        }

        private @Nullable Boolean consent(int n, List<String> row) {
            String v = value(row, SubmissionColumn.CONSENT);
            if (MARKS.contains(v)) {
                return true;
            }
            String key = v.length() > 40 ? "?" : SubmissionColumn.loose(v);
            if (v.isEmpty() || NO.contains(key)) {
                return false;
            }
            if (YES.contains(key)) {
                return true;
            }
            error(n, SubmissionColumn.CONSENT, v, "Đồng ý công khai phải là Có hoặc Không (để trống là Không).",
                    "Consent to publish must be Có (yes) or Không (no); blank means no.");
            return null;
        }

        private @Nullable SubmissionKind kind(int n, List<String> row) {
            String v = value(row, SubmissionColumn.KIND);
            if (v.isEmpty()) {
                return defaults.kind();
            }
            SubmissionKind kind = v.length() > 40 ? null : KINDS.get(SubmissionColumn.loose(v));
            if (kind == null) {
                error(n, SubmissionColumn.KIND, v, "Loại phải là ý kiến, đề xuất, kiến nghị hoặc câu hỏi.",
                        "The kind must be ý kiến (opinion), đề xuất (proposal), kiến nghị (recommendation) or "
                                + "câu hỏi (question).");
            }
            return kind;
        }

        private @Nullable Channel channel(int n, List<String> row) {
            String v = value(row, SubmissionColumn.CHANNEL);
            Channel fallback = defaults.channel();
            String source = value(row, SubmissionColumn.SOURCE);
            String level = value(row, SubmissionColumn.LEVEL);
            ChannelKind kind;
            if (v.isEmpty()) {
                if (fallback == null) {
                    error(n, SubmissionColumn.CHANNEL, null, "Thiếu kênh tiếp nhận.", "The channel is missing.");
                    return null;
                }
                kind = fallback.kind();
            } else {
                kind = v.length() > 60 ? null : CHANNELS.get(SubmissionColumn.loose(v));
                if (kind == null) {
                    error(n, SubmissionColumn.CHANNEL, v, "Kênh tiếp nhận phải là một trong: "
                                    + String.join(", ", CHANNEL_NAMES.values()) + ".",
                            "The channel must be one of: " + String.join(", ", CHANNEL_NAMES.values())
                                    + " (union branch, web portal, floor, hotline, email, paper).");
                    return null;
                }
            }
            boolean inherit = fallback != null && fallback.kind() == kind;
            String s = !source.isEmpty() ? source : inherit ? fallback.source() : null;
            String l = !level.isEmpty() ? level : inherit ? fallback.level() : null;
            try {
                return new Channel(kind, s, l);
            } catch (IllegalArgumentException e) {
                SubmissionColumn where = !source.isEmpty() && !Keys.valid(source) ? SubmissionColumn.SOURCE
                        : !level.isEmpty() && !Keys.valid(level) ? SubmissionColumn.LEVEL : SubmissionColumn.CHANNEL;
                String shown = where == SubmissionColumn.SOURCE ? source : where == SubmissionColumn.LEVEL ? level : v;
                error(n, where, shown, "Kênh tiếp nhận không đủ hoặc không hợp lệ: kênh hội, đoàn thể cần mã tổ "
                                + "chức (cột 'Nơi gửi') và mã cấp (cột 'Cấp'); mã chỉ gồm chữ cái không dấu, chữ số, "
                                + "'.', '_', '-'.", e.getMessage());
                return null;
            }
        }

        private @Nullable Instant received(int n, List<String> row) {
            String v = value(row, SubmissionColumn.RECEIVED);
            String t = value(row, SubmissionColumn.TIME);
            if (v.isEmpty()) {
                error(n, SubmissionColumn.RECEIVED, null, "Thiếu ngày nhận.", "The date received is missing.");
                return null;
            }
            if (v.length() > 40 || t.length() > 40) {
                error(n, v.length() > 40 ? SubmissionColumn.RECEIVED : SubmissionColumn.TIME,
                        v.length() > 40 ? v : t, "Ngày giờ không đọc được.", "Not a date or time.");
                return null;
            }
            LocalDateTime at;
            try {
                at = dateTime(v);
            } catch (DateTimeException e) {
                error(n, SubmissionColumn.RECEIVED, v, "Ngày nhận phải có dạng ngày/tháng/năm (20/11/2024), có thể "
                                + "kèm giờ (20/11/2024 08:30), hoặc 2024-11-20; năm ghi đủ bốn chữ số; ngày phải có thật.",
                        "The date must read day/month/year (20/11/2024), perhaps with a time (20/11/2024 08:30), "
                                + "or 2024-11-20, with four digits for the year; the day must exist.");
                return null;
            }
            if (!t.isEmpty()) {
                LocalTime time = time(t);
                if (time == null) {
                    error(n, SubmissionColumn.TIME, t, "Giờ nhận phải có dạng 08:30 hoặc 8h30.",
                            "The time must read 08:30 or 8h30.");
                    return null;
                }
                if (!at.toLocalTime().equals(LocalTime.MIDNIGHT) && !at.toLocalTime().equals(time)) {
                    error(n, SubmissionColumn.TIME, t, "Giờ ghi ở cột ngày và cột giờ khác nhau.",
                            "The date column and the time column give different times.");
                    return null;
                }
                at = at.toLocalDate().atTime(time);
            }
            if (at.getYear() < 2000 || at.getYear() > 2099) {
                error(n, SubmissionColumn.RECEIVED, v, "Năm " + at.getYear() + " không hợp lý: năm phải từ 2000 đến "
                                + "2099 (ghi đủ bốn chữ số).",
                        "The year " + at.getYear() + " is implausible: it must be 2000 to 2099 (four digits).");
                return null;
            }
            return at.atZone(DialogueTime.ZONE).toInstant();
        }

        private static LocalDateTime dateTime(String v) {
            String s = v.replaceAll("\\s+", " ");
            if (s.length() > 10 && s.charAt(10) == 'T' || s.endsWith("Z")) {
                try {
                    return OffsetDateTime.parse(s).atZoneSameInstant(DialogueTime.ZONE).toLocalDateTime();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(s);
                }
            }
            int space = s.indexOf(' ');
            String day = space < 0 ? s : s.substring(0, space);
            LocalDate date = null;
            for (DateTimeFormatter f : DAYS) {
                try {
                    date = LocalDate.parse(day, f);
                    break;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            if (date == null) {
                throw new DateTimeException("not a day: " + day);
            }
            if (space < 0) {
                return date.atStartOfDay();
            }
            LocalTime time = time(s.substring(space + 1));
            if (time == null) {
                throw new DateTimeException("not a time");
            }
            return date.atTime(time);
        }

        private static @Nullable LocalTime time(String t) {
            for (DateTimeFormatter f : TIMES) {
                try {
                    return LocalTime.parse(t.strip(), f);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            return null;
        }

        private @Nullable List<String> topics(int n, List<String> row) {
            String v = value(row, SubmissionColumn.TOPIC);
            List<String> ids = new ArrayList<>();
            for (String part : v.split("[;\n]")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String key = SubmissionColumn.loose(p);
                List<String> found = plan.topics().stream().filter(t -> t.id().equals(p)).map(Topic::id).toList();
                if (found.isEmpty()) {
                    found = plan.topics().stream().filter(t -> SubmissionColumn.loose(t.title()).equals(key)
                            || SubmissionColumn.loose(t.id()).equals(key)).map(Topic::id).toList();
                }
                if (found.size() != 1) {
                    String known = String.join(", ", plan.topics().stream().map(Topic::id).toList());
                    error(n, SubmissionColumn.TOPIC, p, "Chủ đề này không có trong kế hoạch; để trống hoặc ghi mã "
                                    + "một chủ đề: " + known + ".",
                            "This topic is not one of the plan's; leave it blank or write a topic id: " + known + ".");
                    return null;
                }
                if (!ids.contains(found.get(0))) {
                    ids.add(found.get(0));
                }
            }
            return ids;
        }

        private @Nullable String messageId(int n, List<String> row) {
            String v = value(row, SubmissionColumn.MESSAGE_ID);
            if (v.isEmpty()) {
                return defaults.messagePrefix() + "-" + n;
            }
            if (!Keys.valid(v)) {
                error(n, SubmissionColumn.MESSAGE_ID, v, "Số phiếu chỉ gồm chữ cái không dấu, chữ số, '.', '_', '-' "
                                + "(tối đa 128 ký tự); ví dụ 125-HPN.",
                        "The message id may hold only ASCII letters, digits, '.', '_' and '-' (at most 128); "
                                + "e.g. 125-HPN.");
                return null;
            }
            return v;
        }
    }
}
