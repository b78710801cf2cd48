package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Ids;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;
import vn.dialogue.text.Bilingual;
import vn.dialogue.text.PhoneNumbers;
import vn.dialogue.text.TableHeader;

/**
 * Reads a delegate list from rows of text cells, as a spreadsheet holds it, and writes one back. The CSV and
 * XLSX adapters (in the export module) turn files into rows and rows into files; everything about headers,
 * values and errors is here, so both formats behave alike.
 *
 * <h2>Reading</h2>
 * The header row is the first of the first {@value #HEADER_SEARCH_ROWS} rows that names a name column and at
 * least one other known column (titles above it, "DANH SÁCH ĐẠI BIỂU ...", are skipped). Headers are matched by
 * {@link DelegateColumn#ofHeader}. Each later non-blank row becomes a delegate, or one {@link RowError} per
 * problem: row number, column, value, and what is wrong. A bad row is left out; good rows are all kept.
 * Values are resolved against the plan: the group by id or heading among the groups at the row's venue; the venue
 * by id, name, or (for a bridge point) its unit's name, blank meaning the main venue; the unit by id or name; the
 * organisation's registry id by the id column, or else by a name that matches the registry. Ids come from the id
 * column, or else from the name ("nguyen-thi-hoa", "nguyen-thi-hoa-2").
 *
 * <h2>Writing</h2>
 * {@link #write} gives a header row and one row per delegate, values as {@link #read} reads them back: reading
 * what was written gives an equal list. Cells are plain text; guarding against spreadsheet formulas is the
 * adapters' job, because it depends on the file format.
 *
 * <p>Thread-safe: stateless.
 */
public final class DelegateTable {

    /** How many rows from the top are searched for the header row. */
    public static final int HEADER_SEARCH_ROWS = 20;

    private static final List<DelegateColumn> WRITTEN = List.of(DelegateColumn.NUMBER, DelegateColumn.ID,
            DelegateColumn.NAME, DelegateColumn.TITLE, DelegateColumn.ORGANISATION, DelegateColumn.ORGANISATION_ID,
            DelegateColumn.UNIT, DelegateColumn.GENDER, DelegateColumn.ETHNICITY, DelegateColumn.PHONE,
            DelegateColumn.EMAIL, DelegateColumn.GROUP, DelegateColumn.VENUE, DelegateColumn.ROLE,
            DelegateColumn.NOTE);

    private DelegateTable() {
    }

    /**
     * What to assume when a list leaves a column out or a cell blank.
     *
     * @param group group id for rows with no group, or null to require one
     * @param venue venue id for rows with no venue, or null for the plan's main venue
     */
    public record Defaults(@Nullable String group, @Nullable String venue) {

        /**
         * Checks the ids.
         *
         * @param group group id for rows with no group, or null to require one
         * @param venue venue id for rows with no venue, or null for the plan's main venue
         * @throws IllegalArgumentException if an id given is not a valid key
         */
        public Defaults {
            group = Ids.optional(group, "group");
            venue = Ids.optional(venue, "venue");
        }

        /**
         * No defaults: a group is required, a blank venue is the main venue.
         *
         * @return the defaults; never null
         */
        public static Defaults none() {
            return new Defaults(null, null);
        }
    }

    /**
     * Reads a delegate list with no defaults ({@link Defaults#none()}). See the class comment.
     *
     * @param plan the plan the list is checked against
     * @param rows the spreadsheet's rows, each a list of cells; {@code rows.get(0)} is row 1
     * @return the delegates read and one error per problem; never null
     * @throws NullPointerException if {@code plan} or {@code rows} is null
     */
    public static DelegateImport read(Plan plan, List<? extends List<String>> rows) {
        return read(plan, rows, Defaults.none());
    }

    /**
     * Reads a delegate list; {@code rows.get(0)} is the spreadsheet's row 1. Never throws for bad content: every
     * problem is a {@link RowError}.
     *
     * @param plan     the plan the list is checked against
     * @param rows     the spreadsheet's rows, each a list of cells
     * @param defaults what to assume for a missing group or venue
     * @return the delegates read and one error per problem; never null
     * @throws NullPointerException if an argument is null
     */
    public static DelegateImport read(Plan plan, List<? extends List<String>> rows, Defaults defaults) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(defaults, "defaults");
        return new Reader(plan, rows, defaults).read();
    }

    /**
     * The columns {@link #write} writes, in order (the name-part columns only when a name needs them).
     *
     * @return the columns; unmodifiable, never null
     */
    public static List<DelegateColumn> writtenColumns() {
        return WRITTEN;
    }

    /**
     * A header row and one row per delegate, in list order; the family, middle and given name columns follow the
     * name column when some delegate's name is not what parsing its full name gives.
     *
     * @param plan      the plan the delegates belong to
     * @param delegates the delegates
     * @return the rows, each a list of cells; never null
     * @throws NullPointerException if {@code plan} or {@code delegates} is null
     */
    public static List<List<String>> write(Plan plan, DelegateList delegates) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(delegates, "delegates");
        boolean parts = delegates.delegates().stream()
                .anyMatch(d -> !PersonName.parse(d.fullName()).equals(d.name()));
        List<DelegateColumn> columns = new ArrayList<>(WRITTEN);
        if (parts) {
            int at = columns.indexOf(DelegateColumn.NAME) + 1;
            columns.addAll(at, List.of(DelegateColumn.FAMILY, DelegateColumn.MIDDLE, DelegateColumn.GIVEN));
        }
        List<List<String>> out = new ArrayList<>();
        out.add(columns.stream().map(DelegateColumn::header).toList());
        int n = 0;
        for (Delegate d : delegates.delegates()) {
            n++;
            List<String> row = new ArrayList<>();
            for (DelegateColumn c : columns) {
                row.add(cell(plan, d, c, n));
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    private static String cell(Plan plan, Delegate d, DelegateColumn c, int n) {
        switch (c) {
            case NUMBER:
                return Integer.toString(n);
            case ID:
                return d.id();
            case NAME:
                return d.fullName();
            case FAMILY:
                return d.name().family();
            case MIDDLE:
                return d.name().middle();
            case GIVEN:
                return d.name().given();
            case TITLE:
                return text(d.title());
            case ORGANISATION:
                return text(d.organisation());
            case ORGANISATION_ID:
                return text(d.organisationId());
            case UNIT:
                return d.unit() == null ? "" : plan.registry().unitName(d.unit());
            case GENDER:
                return d.gender().vietnamese();
            case ETHNICITY:
                return text(d.ethnicity());
            case PHONE:
                return text(d.phone());
            case EMAIL:
                return text(d.email());
            case GROUP:
                return d.group();
            case VENUE:
                return PlanScopes.venueName(plan, d.venue());
            case ROLE:
                return RoleNames.vietnamese(d.role());
            case NOTE:
                return text(d.note());
            default:
                return "";
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** One reading of one list. Not thread-safe; used once. */
    private static final class Reader {
        private final Plan plan;
        private final List<? extends List<String>> rows;
        private final Defaults defaults;
        private final List<RowError> errors = new ArrayList<>();
        private TableHeader<DelegateColumn> columns =
                TableHeader.read(List.of(), DelegateColumn.class, DelegateColumn::ofHeader);
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> people = new HashMap<>();

        Reader(Plan plan, List<? extends List<String>> rows, Defaults defaults) {
            this.plan = plan;
            this.rows = rows;
            this.defaults = defaults;
        }

        DelegateImport read() {
            int header = TableHeader.find(rows, HEADER_SEARCH_ROWS, DelegateColumn.class, DelegateColumn::ofHeader,
                    found -> (found.contains(DelegateColumn.NAME) || found.contains(DelegateColumn.GIVEN)) && found.size() >= 2);
            if (header < 0) {
                errors.add(new RowError(0, null, null, Bilingual.of(
                        "Không tìm thấy dòng tiêu đề trong " + HEADER_SEARCH_ROWS
                                + " dòng đầu: cần cột 'Họ và tên' (hoặc 'Tên') và các cột như 'Giới tính', 'Thành phần'.",
                        "No header row in the first " + HEADER_SEARCH_ROWS
                                + " rows: expected a 'Họ và tên' (or 'Full name') column and others such as "
                                + "'Giới tính', 'Thành phần'.")));
                return new DelegateImport(DelegateList.empty(), errors, 0, List.of());
            }
            columns = TableHeader.read(rows.get(header), DelegateColumn.class, DelegateColumn::ofHeader);
            int headerRow = header + 1;
            columns.repeats().forEach(r -> errors.add(new RowError(headerRow, r.header(), null, r.message())));
            if (!requiredColumns(headerRow)) {
                return new DelegateImport(DelegateList.empty(), errors, headerRow, columns.ignored());
            }
            List<Delegate> delegates = new ArrayList<>();
            for (int i = header + 1; i < rows.size(); i++) {
                List<String> row = rows.get(i) == null ? List.of() : rows.get(i);
                if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                row(i + 1, row).ifPresent(delegates::add);
            }
            return new DelegateImport(new DelegateList(delegates), errors, headerRow, columns.ignored());
        }

        private boolean requiredColumns(int headerRow) {
            boolean ok = true;
            if (!columns.has(DelegateColumn.GENDER)) {
                errors.add(new RowError(headerRow, null, null, Bilingual.of(
                        "Thiếu cột 'Giới tính'.", "The 'Giới tính' (gender) column is missing.")));
                ok = false;
            }
            if (!columns.has(DelegateColumn.GROUP) && defaults.group() == null) {
                errors.add(new RowError(headerRow, null, null, Bilingual.of(
                        "Thiếu cột 'Thành phần' (nhóm đại biểu của kế hoạch).",
                        "The 'Thành phần' (delegate group) column is missing and no default group was given.")));
                ok = false;
            }
            return ok;
        }

        private String value(List<String> row, DelegateColumn c) {
            return columns.value(row, c);
        }

        private String header(DelegateColumn c) {
            return columns.header(c, c.header());
        }

        private void error(int row, DelegateColumn c, @Nullable String value, String vi, String en) {
            errors.add(new RowError(row, header(c), value == null || value.isEmpty() ? null : value,
                    Bilingual.of(vi, en)));
        }

        private Optional<Delegate> row(int n, List<String> row) {
            int before = errors.size();
            PersonName name = name(n, row);
            Gender gender = gender(n, row);
            String venue = venue(n, row);
            DelegateGroup group = venue == null ? null : group(n, row, venue);
            DelegateRole role = role(n, row, group);
            String unit = unit(n, row);
            String orgText = value(row, DelegateColumn.ORGANISATION);
            String orgId = organisation(n, row, orgText);
            String phone = value(row, DelegateColumn.PHONE);
            if (!phone.isEmpty() && Delegate.phoneProblem(phone) != null) {
                error(n, DelegateColumn.PHONE, phone, "Số điện thoại phải gồm 8 đến 15 chữ số (có thể có dấu cách, '.', '-', '+').",
                        Delegate.phoneProblem(phone));
            } else {
                Bilingual lostZero = PhoneNumbers.lostLeadingZeroProblem(phone);
                if (lostZero != null) {
                    error(n, DelegateColumn.PHONE, phone, lostZero.vi(), lostZero.en());
                }
            }
            String email = value(row, DelegateColumn.EMAIL);
            if (!email.isEmpty() && Delegate.emailProblem(email) != null) {
                error(n, DelegateColumn.EMAIL, email, "Địa chỉ thư điện tử không hợp lệ (dạng ten@mien).",
                        Delegate.emailProblem(email));
            }
            String id = id(n, row, name);
            if (errors.size() > before || name == null || gender == null || venue == null || group == null
                    || role == null || id == null) {
                return Optional.empty();
            }
            String personKey = Keys.of(name.fullName()) + "|" + Keys.of(orgText) + "|" + venue;
            Integer earlier = people.putIfAbsent(personKey, n);
            if (earlier != null) {
                errors.add(new RowError(n, header(DelegateColumn.NAME), name.fullName(), Bilingual.of(
                        "Trùng với dòng " + earlier + " (cùng họ tên, đơn vị và điểm cầu).",
                        "Same person as row " + earlier + " (same name, organisation and venue).")));
                return Optional.empty();
            }
            ids.add(id);
            return Optional.of(Delegate.builder(id, name, gender, group.id(), venue, role)
                    .title(value(row, DelegateColumn.TITLE))
                    .organisation(orgText, orgId)
                    .unit(unit)
                    .ethnicity(value(row, DelegateColumn.ETHNICITY))
                    .phone(phone)
                    .email(email)
                    .note(value(row, DelegateColumn.NOTE))
                    .build());
        }

        private @Nullable PersonName name(int n, List<String> row) {
            String full = value(row, DelegateColumn.NAME);
            String familyAndMiddle = value(row, DelegateColumn.FAMILY_AND_MIDDLE);
            String family = value(row, DelegateColumn.FAMILY);
            String middle = value(row, DelegateColumn.MIDDLE);
            String given = value(row, DelegateColumn.GIVEN);
            DelegateColumn where = full.isEmpty() ? DelegateColumn.GIVEN : DelegateColumn.NAME;
            try {
                PersonName parts = null;
                if (!given.isEmpty()) {
                    parts = !familyAndMiddle.isEmpty() ? PersonName.ofColumns(familyAndMiddle, given)
                            : PersonName.of(family, middle, given);
                }
                if (!full.isEmpty() && parts != null) {
                    return new PersonName(full, parts.family(), parts.middle(), parts.given());
                }
                if (!full.isEmpty()) {
                    return PersonName.parse(full);
                }
                if (parts != null) {
                    return parts;
                }
                error(n, where, null, "Thiếu họ và tên.", "The name is missing.");
            } catch (IllegalArgumentException e) {
                error(n, where, full.isEmpty() ? given : full,
                        "Họ và tên không hợp lệ: chỉ gồm chữ cái, dấu cách, dấu nháy, gạch nối và dấu chấm, "
                                + "và khớp với các cột họ, tên đệm, tên.",
                        e.getMessage());
            }
            return null;
        }

        private @Nullable Gender gender(int n, List<String> row) {
            String g = value(row, DelegateColumn.GENDER);
            if (g.isEmpty()) {
                error(n, DelegateColumn.GENDER, null, "Thiếu giới tính (Nam hoặc Nữ).",
                        "The gender is missing (Nam or Nữ).");
                return null;
            }
            Optional<Gender> gender = Gender.parse(g);
            if (gender.isEmpty()) {
                error(n, DelegateColumn.GENDER, g, "Giới tính phải là Nam hoặc Nữ.",
                        "Gender must be Nam or Nữ (male or female).");
                return null;
            }
            return gender.get();
        }

        private @Nullable String venue(int n, List<String> row) {
            String v = value(row, DelegateColumn.VENUE);
            if (v.isEmpty()) {
                String fallback = defaults.venue() != null ? defaults.venue() : PlanScopes.mainVenue(plan);
                if (fallback == null) {
                    error(n, DelegateColumn.VENUE, null, "Thiếu điểm cầu và kế hoạch chưa có điểm cầu chính.",
                            "The venue is missing and the plan names no main venue.");
                }
                return fallback;
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (var venue : plan.venues()) {
                names.put(venue.id(), venue.name());
            }
            List<String> matches = match(v, plan.venues().stream().map(x -> x.id()).toList(), id -> {
                List<String> keys = new ArrayList<>();
                keys.add(plan.venue(id).map(x -> x.name()).orElse(id));
                if (PlanScopes.isBridgePoint(plan, id)) {
                    plan.bridgePoints().stream().filter(b -> b.venue().equals(id)).findFirst()
                            .flatMap(b -> plan.registry().unit(b.unit())).ifPresent(u -> {
                                keys.add(u.name());
                                keys.add(u.displayShortName());
                            });
                }
                for (VenueAttendance at : plan.attendance()) {
                    if (id.equals(at.venue()) && at.heading() != null) {
                        keys.add(at.heading());
                    }
                }
                return keys;
            }, DelegateTable::venueKey);
            if (matches.size() == 1) {
                return matches.get(0);
            }
            if (matches.isEmpty()) {
                error(n, DelegateColumn.VENUE, v, "Không có điểm cầu này trong kế hoạch; các điểm cầu: "
                        + String.join("; ", names.values()) + ".",
                        "The plan has no such venue; its venues: " + String.join("; ", names.values()) + ".");
            } else {
                String which = matches.stream().map(names::get).collect(Collectors.joining("; "));
                error(n, DelegateColumn.VENUE, v, "Chưa rõ điểm cầu nào: " + which + "; ghi đầy đủ tên.",
                        "Ambiguous venue: " + which + "; write the full name.");
            }
            return null;
        }

        private @Nullable DelegateGroup group(int n, List<String> row, String venue) {
            String cell = value(row, DelegateColumn.GROUP);
            List<DelegateGroup> here = PlanScopes.groupsAt(plan, venue);
            String venueName = PlanScopes.venueName(plan, venue);
            if (cell.isEmpty() && defaults.group() == null) {
                error(n, DelegateColumn.GROUP, null, "Thiếu thành phần (nhóm đại biểu).",
                        "The delegate group is missing.");
                return null;
            }
            String g = cell.isEmpty() ? Objects.requireNonNull(defaults.group()) : cell;
            List<String> matches = match(g, here.stream().map(DelegateGroup::id).toList(), id -> {
                DelegateGroup group = here.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                List<String> keys = new ArrayList<>();
                if (group.heading() != null) {
                    keys.add(group.heading());
                }
                if (here.stream().filter(x -> x.role() == group.role()).count() == 1) {
                    keys.add(RoleNames.vietnamese(group.role()));
                }
                return keys;
            }, Keys::of);
            if (matches.size() == 1) {
                String id = matches.get(0);
                return here.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            }
            String known = here.stream().map(DelegateGroup::id).collect(Collectors.joining(", "));
            if (matches.isEmpty()) {
                String key = Keys.of(g);
                boolean elsewhere = plan.delegateGroups().stream().anyMatch(x -> Keys.of(x.id()).equals(key)
                        || (x.heading() != null && Keys.of(x.heading()).equals(key)));
                if (elsewhere) {
                    error(n, DelegateColumn.GROUP, g, "Thành phần này không dự tại " + venueName
                                    + "; các thành phần tại đây: " + known + ".",
                            "This group does not sit at " + venueName + "; the groups there: " + known + ".");
                } else {
                    error(n, DelegateColumn.GROUP, g, "Kế hoạch không có thành phần này; các thành phần tại "
                                    + venueName + ": " + known + ".",
                            "The plan has no such group; the groups at " + venueName + ": " + known + ".");
                }
            } else {
                error(n, DelegateColumn.GROUP, g, "Chưa rõ thành phần nào: " + String.join(", ", matches)
                        + "; ghi mã thành phần.", "Ambiguous group: " + String.join(", ", matches)
                        + "; write the group's id.");
            }
            return null;
        }

        private @Nullable DelegateRole role(int n, List<String> row, @Nullable DelegateGroup group) {
            String r = value(row, DelegateColumn.ROLE);
            if (r.isEmpty()) {
                return group == null ? null : group.role();
            }
            Optional<DelegateRole> role = RoleNames.parse(r);
            if (role.isEmpty()) {
                error(n, DelegateColumn.ROLE, r, "Vai trò không hợp lệ; dùng một trong: "
                        + String.join(", ", RoleNames.known()) + ".", "Unknown role; use one of: "
                        + String.join(", ", RoleNames.known()) + ".");
                return null;
            }
            return role.get();
        }

        private @Nullable String unit(int n, List<String> row) {
            String u = value(row, DelegateColumn.UNIT);
            if (u.isEmpty()) {
                return null;
            }
            List<AdministrativeUnit> units = plan.registry().units();
            List<String> byId = units.stream().map(AdministrativeUnit::id).filter(id -> id.equals(u)).toList();
            if (byId.size() == 1) {
                return byId.get(0);
            }
            String key = Keys.of(u); // once, not once per unit of the registry
            List<String> byName = units.stream().filter(x -> Keys.of(x.name()).equals(key))
                    .map(AdministrativeUnit::id).toList();
            List<String> found = byName.isEmpty() ? units.stream()
                    .filter(x -> Keys.of(x.displayShortName()).equals(key))
                    .map(AdministrativeUnit::id).toList() : byName;
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                error(n, DelegateColumn.UNIT, u, "Đơn vị hành chính này không có trong danh mục của kế hoạch.",
                        "This administrative unit is not in the plan's registry.");
            } else {
                String which = found.stream().map(plan.registry()::unitName).collect(Collectors.joining("; "));
                error(n, DelegateColumn.UNIT, u, "Chưa rõ đơn vị hành chính nào: " + which + "; ghi đầy đủ tên.",
                        "Ambiguous administrative unit: " + which + "; write the full name.");
            }
            return null;
        }

        private @Nullable String organisation(int n, List<String> row, String text) {
            String id = value(row, DelegateColumn.ORGANISATION_ID);
            if (!id.isEmpty()) {
                if (!plan.registry().hasOrganisation(id)) {
                    error(n, DelegateColumn.ORGANISATION_ID, id,
                            "Mã đơn vị này không có trong danh mục cơ quan, tổ chức của kế hoạch.",
                            "This organisation id is not in the plan's registry.");
                    return null;
                }
                return id;
            }
            if (text.isEmpty()) {
                return null;
            }
            String key = Keys.of(text); // once, not once per organisation of the registry
            List<String> found = plan.registry().organisations().stream()
                    .filter(o -> Keys.of(o.name()).equals(key) || Keys.of(o.id()).equals(key)
                            || (o.shortName() != null && Keys.of(o.shortName()).equals(key)))
                    .map(Organisation::id).toList();
            return found.size() == 1 ? found.get(0) : null;
        }

        private @Nullable String id(int n, List<String> row, @Nullable PersonName name) {
            String given = value(row, DelegateColumn.ID);
            if (!given.isEmpty()) {
                try {
                    Ids.require(given, "id");
                } catch (IllegalArgumentException e) {
                    error(n, DelegateColumn.ID, given, "Mã đại biểu chỉ gồm chữ không dấu, chữ số, '.', '_', '-'.",
                            e.getMessage());
                    return null;
                }
                if (ids.contains(given)) {
                    error(n, DelegateColumn.ID, given, "Mã đại biểu bị trùng với một dòng trước.",
                            "This delegate id is already used by an earlier row.");
                    return null;
                }
                return given;
            }
            if (name == null) {
                return null;
            }
            String base = Keys.slug(name.fullName());
            String id = base;
            for (int k = 2; ids.contains(id) || reservedLater(id); k++) {
                id = base + "-" + k;
            }
            return id;
        }

        /** True when a later row names this id in its id column: generated ids must not take it. */
        private boolean reservedLater(String id) {
            int at = columns.indexOf(DelegateColumn.ID);
            if (at < 0) {
                return false;
            }
            for (List<String> r : rows) {
                if (r != null && at < r.size() && r.get(at) != null && r.get(at).strip().equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Ids whose id or one of whose names matches {@code text} loosely; an exact id wins outright. */
    private static List<String> match(String text, List<String> ids, Function<String, List<String>> names,
                                      Function<String, String> key) {
        if (ids.contains(text)) {
            return List.of(text);
        }
        String wanted = key.apply(text);
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (key.apply(id).equals(wanted) || names.apply(id).stream().anyMatch(n -> key.apply(n).equals(wanted))) {
                out.add(id);
            }
        }
        return out;
    }

    /** "Điểm cầu huyện Đăk Glei", "Tại điểm cầu của tỉnh": the words around a venue's name dropped. */
    static String venueKey(String text) {
        String k = Keys.of(text);
        for (String prefix : List.of("tai ", "diem cau ", "cua ")) {
            if (k.startsWith(prefix)) {
                k = k.substring(prefix.length());
            }
        }
        return k;
    }
}
