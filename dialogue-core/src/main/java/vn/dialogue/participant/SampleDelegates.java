package vn.dialogue.participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.organisation.Organisation;
import vn.dialogue.plan.BridgePoint;
import vn.dialogue.plan.DelegateGroup;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.GroupMember;
import vn.dialogue.plan.Headcount;
import vn.dialogue.plan.Plan;
import vn.dialogue.plan.VenueAttendance;

/**
 * <b>Sample data</b>: a realistic, invented delegate list for a plan, for examples, demonstrations and tests. The
 * people do not exist; names are drawn from common Vietnamese family names (Nguyễn, Trần, Lê, Phạm, Hoàng, Phan,
 * Vũ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý) and from naming customs of Central Highlands peoples (Y and A before the
 * given name; Rơ Châm, Ksor, Siu, Rơ Mah, Kpă, Nay; Đinh), with invented phone numbers. Names are distinct while
 * the lists allow; a list too large for them gets namesakes, as real lists do, each with its own id.
 *
 * <p>The list follows the plan: every attendance entry and venue (each bridge point for bridge-point
 * attendance), every group with its stated count (the nominal of "about N"), every line with its stated count or
 * else one delegate per organisation it names, in the line's role. When a venue states a total, the groups
 * without a stated count are topped up to it, participants' groups taking three shares to others' one. A bridge
 * point gets {@link Options#bridgePointSize()} delegates (or its room's capacity, when smaller). Organisations
 * and units come from the plan's registry.
 *
 * <p>Deterministic: the same plan and options give the same list. Thread-safe: stateless.
 */
public final class SampleDelegates {

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần",
            "Lê", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE_F = List.of("Thị", "Thị", "Thị", "Thị Thu", "Thị Hồng", "Thị Minh",
            "Ngọc", "Thu", "Kim", "Thị Thanh", "Thị Kim");
    private static final List<String> MIDDLE_M = List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công",
            "Ngọc", "Xuân", "Thanh");
    private static final List<String> GIVEN_F = List.of("Hoa", "Lan", "Hương", "Mai", "Hạnh", "Trang", "Thảo",
            "Ngọc", "Dung", "Huyền", "Nga", "Phương", "Yến", "Loan", "Hằng", "Nhung", "Thủy", "Oanh", "Vân", "Ánh",
            "Liên", "Hà", "Hiền", "Thanh", "Quyên", "Diệp", "Ân", "Ơn", "Ước", "Đào");
    private static final List<String> GIVEN_M = List.of("Hùng", "Dũng", "Tuấn", "Hải", "Sơn", "Long", "Nam",
            "Quân", "Thắng", "Bình", "Cường", "Trung", "Đức", "Hiếu", "Ân", "Việt");
    private static final List<String> HIGHLAND_GIVEN_F = List.of("Mửi", "Hoa", "Bluin", "Ngọc", "Xuân", "Hen",
            "Bia", "Nơ", "Yuel", "Hyên", "Đing", "Khuyên", "Lơ", "Phi");
    private static final List<String> HIGHLAND_GIVEN_M = List.of("Pớt", "Rin", "Tuấn", "Khang", "Tuk", "Blưn",
            "Thơ", "Kheo", "Đăm", "Nhoi");
    private static final List<String> HIGHLAND_FAMILY = List.of("Rơ Châm", "Ksor", "Siu", "Rơ Mah", "Kpă",
            "Nay");
    private static final List<String> ETHNICITIES = List.of("Xơ Đăng", "Xơ Đăng", "Ba Na", "Ba Na", "Gia Rai",
            "Giẻ Triêng", "Brâu", "Rơ Măm", "Hrê");
    private static final List<String> LEADER_TITLES = List.of("Phó Chủ tịch", "Phó Giám đốc", "Phó Trưởng ban",
            "Ủy viên Thường trực", "Trưởng phòng", "Chánh Văn phòng");
    private static final List<String> PARTICIPANT_TITLES = List.of("Hội viên", "Hội viên", "Hội viên",
            "Chi hội trưởng", "Chủ tịch Hội", "Phó Chủ tịch Hội", "Ủy viên Ban Chấp hành", "Cán bộ");
    /** Titles of participants by audience (its key, see {@code Keys}): any audience, not only a union's members. */
    private static final java.util.Map<String, List<String>> AUDIENCE_TITLES = java.util.Map.of(
            "thanh nien", List.of("Đoàn viên", "Đoàn viên", "Đoàn viên", "Bí thư Chi đoàn", "Phó Bí thư Đoàn",
                    "Sinh viên", "Thanh niên khởi nghiệp", "Ủy viên Ban Chấp hành Đoàn"),
            "nong dan", List.of("Hội viên", "Hội viên", "Nông dân sản xuất, kinh doanh giỏi", "Chi hội trưởng",
                    "Giám đốc hợp tác xã", "Chủ trang trại", "Tổ trưởng tổ hợp tác", "Chủ tịch Hội Nông dân xã"),
            "nhan dan", List.of("Người dân", "Người dân", "Người dân", "Trưởng thôn", "Tổ trưởng tổ dân phố",
                    "Trưởng Ban công tác Mặt trận", "Người có uy tín", "Cử tri"),
            "doanh nghiep", List.of("Giám đốc", "Phó Giám đốc", "Chủ hộ kinh doanh", "Chủ tịch Hội đồng quản trị",
                    "Kế toán trưởng", "Trưởng phòng"));

    private SampleDelegates() {
    }

    /**
     * How the sample is drawn.
     *
     * @param seed                    the random seed; the same seed gives the same list
     * @param bridgePointSize         delegates per bridge point when the plan states no total there, at least 3
     * @param participantWomenShare   share of women among participants, 0 to 1
     * @param leaderWomenShare        share of women among everyone else, 0 to 1
     * @param ethnicMinorityShare     share of ethnic-minority delegates, 0 to 1
     */
    public record Options(long seed, int bridgePointSize, double participantWomenShare, double leaderWomenShare,
                          double ethnicMinorityShare) {

        /**
         * Checks the ranges.
         *
         * @param seed                  the random seed
         * @param bridgePointSize       delegates per bridge point when the plan states no total there, at least 3
         * @param participantWomenShare share of women among participants, 0 to 1
         * @param leaderWomenShare      share of women among everyone else, 0 to 1
         * @param ethnicMinorityShare   share of ethnic-minority delegates, 0 to 1
         * @throws IllegalArgumentException if {@code bridgePointSize} is below 3 or a share is outside 0 to 1 (or
         *                                  NaN), naming it
         */
        public Options {
            if (bridgePointSize < 3) {
                throw new IllegalArgumentException("bridgePointSize must be at least 3, was " + bridgePointSize);
            }
            share(participantWomenShare, "participantWomenShare");
            share(leaderWomenShare, "leaderWomenShare");
            share(ethnicMinorityShare, "ethnicMinorityShare");
        }

        private static void share(double value, String what) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + " must be between 0 and 1, was " + value);
            }
        }

        /**
         * Defaults for a plan: 30 delegates per bridge point; participants all women when the plan's audience is
         * "phụ nữ" (women), else half; a third of leaders women; 35 percent ethnic minorities.
         *
         * @param plan the plan, for its audience
         * @param seed the random seed
         * @return the options; never null
         * @throws NullPointerException if {@code plan} is null
         */
        public static Options forPlan(Plan plan, long seed) {
            boolean women = plan.audience() != null && Keys.of(plan.audience()).equals("phu nu");
            return new Options(seed, 30, women ? 1.0 : 0.5, 0.35, 0.35);
        }

        /**
         * A copy with another bridge-point size; the other values stay.
         *
         * @param size delegates per bridge point when the plan states no total there, at least 3
         * @return the new options; never null
         * @throws IllegalArgumentException if {@code size} is below 3
         */
        public Options withBridgePointSize(int size) {
            return new Options(seed, size, participantWomenShare, leaderWomenShare, ethnicMinorityShare);
        }
    }

    /**
     * A sample list for {@code plan} with {@link Options#forPlan default options}.
     *
     * @param plan the plan whose venues and groups the delegates fill
     * @param seed the random seed; the same seed gives the same list
     * @return the generated delegates; never null
     * @throws NullPointerException if {@code plan} is null
     */
    public static DelegateList forPlan(Plan plan, long seed) {
        Objects.requireNonNull(plan, "plan");
        return forPlan(plan, Options.forPlan(plan, seed));
    }

    /**
     * A sample list for {@code plan}.
     *
     * @param plan    the plan whose venues and groups the delegates fill
     * @param options the seed and shares of the draw
     * @return the generated delegates; never null
     * @throws NullPointerException if {@code plan} or {@code options} is null
     */
    public static DelegateList forPlan(Plan plan, Options options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return new Generator(plan, options).generate();
    }

    /** One draw. Not thread-safe; used once. */
    private static final class Generator {
        private final Plan plan;
        private int chairNamed;
        private final Options options;
        private final Random random;
        private final Set<String> names = new HashSet<>();
        private final Set<String> ids = new HashSet<>();
        private final List<Delegate> out = new ArrayList<>();

        Generator(Plan plan, Options options) {
            this.plan = plan;
            this.options = options;
            this.random = new Random(options.seed());
        }

        DelegateList generate() {
            for (VenueAttendance at : plan.attendance()) {
                for (String venue : PlanScopes.venues(plan, at)) {
                    venue(at, venue);
                }
            }
            return new DelegateList(out);
        }

        private void venue(VenueAttendance at, String venue) {
            Integer capacity = plan.venue(venue).map(v -> v.capacity()).orElse(null);
            int total;
            if (at.expectedAtOneVenue().isPresent()) {
                total = at.expectedAtOneVenue().get().nominal();
            } else {
                total = capacity == null ? options.bridgePointSize() : Math.min(capacity, options.bridgePointSize());
            }
            List<DelegateGroup> groups = at.groups();
            int[] counts = new int[groups.size()];
            int sum = 0;
            for (int g = 0; g < groups.size(); g++) {
                counts[g] = planned(groups.get(g));
                sum += counts[g];
            }
            List<Integer> open = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).effectiveExpected() == null) {
                    int shares = groups.get(g).role() == DelegateRole.PARTICIPANT ? 3 : 1;
                    for (int s = 0; s < shares; s++) {
                        open.add(g);
                    }
                }
            }
            int[] extra = new int[groups.size()];
            for (int k = 0; sum < total && !open.isEmpty(); k++, sum++) {
                extra[open.get(k % open.size())]++;
            }
            String unit = unitOf(venue);
            for (int g = 0; g < groups.size(); g++) {
                group(groups.get(g), venue, unit, extra[g]);
            }
        }

        private int planned(DelegateGroup group) {
            Headcount stated = group.effectiveExpected();
            if (stated != null) {
                return stated.nominal();
            }
            int n = 0;
            for (GroupMember m : group.members()) {
                n += m.expected() != null ? m.expected().nominal() : Math.max(1, organisations(group, m).size());
            }
            return n;
        }

        private void group(DelegateGroup group, String venue, @Nullable String unit, int extra) {
            Headcount stated = group.expected();
            if (stated != null || group.members().isEmpty()) {
                int n = (stated != null ? stated.nominal() : 0) + extra;
                List<String> orgs = participantOrganisations(group, unit);
                for (int i = 0; i < n; i++) {
                    add(group, venue, group.role(), orgs.isEmpty() ? null : orgs.get(i % orgs.size()), unit, 0);
                }
                return;
            }
            List<String[]> slots = new ArrayList<>();
            for (GroupMember m : group.members()) {
                DelegateRole role = m.role() != null ? m.role() : group.role();
                List<String> orgs = organisations(group, m);
                if (orgs.isEmpty()) {
                    orgs = localOrganisations(unit);
                }
                int n = m.expected() != null ? m.expected().nominal() : Math.max(1, organisations(group, m).size());
                for (int i = 0; i < n; i++) {
                    String org = orgs.isEmpty() ? null : orgs.get(i % orgs.size());
                    add(group, venue, role, org, unit, 0);
                    if (role != DelegateRole.CHAIR && role != DelegateRole.CO_CHAIR && role != DelegateRole.PRESIDING) {
                        slots.add(new String[] {role.name(), org});
                    }
                }
            }
            for (int i = 0; i < extra && !slots.isEmpty(); i++) {
                String[] slot = slots.get(i % slots.size());
                add(group, venue, DelegateRole.valueOf(slot[0]), slot[1], unit, 1 + i / slots.size());
            }
        }

        /**
         * The organisations a line names; for an answering line, also the agencies the plan's topics route
         * questions to that no other line of the group names, when the line names any: they are the "heads of related agencies".
         */
        private List<String> organisations(DelegateGroup group, GroupMember line) {
            DelegateRole role = line.role() != null ? line.role() : group.role();
            if (role != DelegateRole.ANSWERING || line.expected() != null || line.organisations().isEmpty()) {
                return line.organisations();
            }
            Set<String> elsewhere = new HashSet<>();
            group.members().stream().filter(m -> m != line).forEach(m -> elsewhere.addAll(m.organisations()));
            Set<String> orgs = new java.util.LinkedHashSet<>();
            plan.topics().forEach(t -> t.agencies().stream().filter(a -> !elsewhere.contains(a)).forEach(orgs::add));
            orgs.addAll(line.organisations());
            return List.copyOf(orgs);
        }

        /** The inviting organisation and its registry children; else the venue's local organisations. */
        private List<String> participantOrganisations(DelegateGroup group, @Nullable String unit) {
            List<String> orgs = new ArrayList<>();
            if (group.invitedBy() != null && plan.registry().hasOrganisation(group.invitedBy())) {
                orgs.add(group.invitedBy());
                plan.registry().organisations().stream().filter(o -> group.invitedBy().equals(o.parent()))
                        .map(Organisation::id).forEach(orgs::add);
            }
            return orgs;
        }

        private List<String> localOrganisations(@Nullable String unit) {
            return unit == null ? List.of() : plan.registry().organisations().stream()
                    .filter(o -> unit.equals(o.unit())).map(Organisation::id).toList();
        }

        private @Nullable String unitOf(String venue) {
            if (plan.format() != null) {
                for (BridgePoint b : plan.bridgePoints()) {
                    if (b.venue().equals(venue)) {
                        return b.unit();
                    }
                }
            }
            return plan.venue(venue).map(v -> v.unit()).orElse(null);
        }

        private void add(DelegateGroup group, String venue, DelegateRole role, @Nullable String orgId,
                         @Nullable String venueUnit, int rank) {
            boolean participant = role == DelegateRole.PARTICIPANT;
            double womenShare = participant ? options.participantWomenShare() : options.leaderWomenShare();
            Gender gender = random.nextDouble() < womenShare ? Gender.FEMALE : Gender.MALE;
            boolean minority = random.nextDouble() < options.ethnicMinorityShare();
            String ethnicity = minority ? pick(ETHNICITIES) : "Kinh";
            PersonName name = name(gender, ethnicity);
            String signer = plan.signature() == null ? null : plan.signature().signer();
            if (role == DelegateRole.CHAIR && chairNamed == 0 && signer != null && !signer.isBlank()
                    && Character.isLetter(signer.strip().codePointAt(0))) {
                // the chair who presides is the one who signs the plan's documents: the same person everywhere
                // (a signer written with more than a name, e.g. "Trần Minh Khoa (mẫu)", keeps the generated one)
                try {
                    name = PersonName.parse(signer.strip());
                    chairNamed++;
                } catch (IllegalArgumentException notAName) {
                    // the generated name stands
                }
            }
            String id = Keys.slug(name.fullName());
            for (int k = 2; !ids.add(id); k++) {
                id = Keys.slug(name.fullName()) + "-" + k;
            }
            String unit = venueUnit;
            if (participant && venueUnit != null) {
                List<AdministrativeUnit> communes = plan.registry().childUnits(venueUnit);
                if (!communes.isEmpty()) {
                    unit = communes.get(random.nextInt(communes.size())).id();
                }
            }
            Organisation org = orgId == null ? null : plan.registry().organisation(orgId).orElse(null);
            out.add(Delegate.builder(id, name, gender, group.id(), venue, role)
                    .title(title(role, rank))
                    .organisation(org == null ? null : org.name(), org == null ? null : org.id())
                    .unit(unit != null ? unit : org == null ? null : org.unit())
                    .ethnicity(ethnicity)
                    .phone(String.format("09%02d %03d %03d", random.nextInt(100), random.nextInt(1000),
                            random.nextInt(1000)))
                    .build());
        }

        private String title(DelegateRole role, int rank) {
            switch (role) {
                case CHAIR:
                case CO_CHAIR:
                case PRESIDING:
                    return "Chủ tịch";
                case PRESS:
                    return "Phóng viên";
                case PARTICIPANT:
                    return pick(participantTitles());
                case MASTER_OF_CEREMONIES:
                    return "Dẫn chương trình";
                case SECRETARIAT:
                    return "Chuyên viên";
                default:
                    return rank == 0 ? pick(LEADER_TITLES.subList(0, 4)) : pick(LEADER_TITLES.subList(3, 6));
            }
        }

        private List<String> participantTitles() {
            String key = plan.audience() == null ? "" : Keys.of(plan.audience());
            for (var e : AUDIENCE_TITLES.entrySet()) {
                if (key.contains(e.getKey())) {
                    return e.getValue();
                }
            }
            if (key.contains("cu dan") || key.contains("nguoi dan")) {
                return AUDIENCE_TITLES.get("nhan dan");
            }
            return PARTICIPANT_TITLES;
        }

        /** Draws before a name already given is accepted again: large lists would otherwise never end. */
        private static final int MAX_NAME_ATTEMPTS = 200;

        private PersonName name(Gender gender, String ethnicity) {
            boolean f = gender == Gender.FEMALE;
            List<String> given = f ? GIVEN_F : GIVEN_M;
            List<String> highland = f ? HIGHLAND_GIVEN_F : HIGHLAND_GIVEN_M;
            for (int attempt = 0; ; attempt++) {
                PersonName name;
                if (attempt > 20) {
                    name = PersonName.of(ethnicity.equals("Kinh") ? pick(FAMILY) : "Đinh",
                            (f ? "Thị " : "Văn ") + pick(List.of("Thu", "Hồng", "Minh", "Kim", "Ngọc", "Thanh", "Xuân")),
                            pick(given));
                } else if (ethnicity.equals("Kinh")) {
                    name = PersonName.of(pick(FAMILY), pick(f ? MIDDLE_F : MIDDLE_M), pick(given));
                } else if (ethnicity.equals("Gia Rai")) {
                    String g = pick(highland);
                    name = PersonName.of(pick(HIGHLAND_FAMILY), "", f && random.nextBoolean() ? "H'" + g : g);
                } else if (ethnicity.equals("Hrê") || random.nextInt(4) == 0) {
                    name = PersonName.of("Đinh", f ? "Thị" : "Văn", pick(given));
                } else {
                    name = PersonName.parse((f ? "Y " : "A ") + (random.nextBoolean() ? pick(highland) : pick(given)));
                }
                // once the lists run out of new names, namesakes are allowed (real lists have them; ids get a suffix)
                if (names.add(name.fullName()) || attempt >= MAX_NAME_ATTEMPTS) {
                    return name;
                }
            }
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
