package vn.dialogue.participant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.dialogue.organisation.AdministrativeUnit;
import vn.dialogue.plan.DelegateRole;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.Format;
import vn.dialogue.planfile.PlanFiles;
import vn.dialogue.planfile.SeedPlans;

/** The documented properties of the synthetic delegate generator: counts, organisations, units, titles, names. */
class SampleDelegatesPropertiesTest {

    private static final Set<String> FAMILY = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final Set<String> HIGHLAND_FAMILY = Set.of("Rơ Châm", "Ksor", "Siu", "Rơ Mah", "Kpă", "Nay");
    private static final Set<String> JUNIOR_LEADER_TITLES = Set.of("Ủy viên Thường trực", "Trưởng phòng",
            "Chánh Văn phòng");
    private static final Set<String> SENIOR_LEADER_TITLES = Set.of("Phó Chủ tịch", "Phó Giám đốc", "Phó Trưởng ban",
            "Ủy viên Thường trực");
    private static final Set<String> PARTICIPANT_TITLES = Set.of("Hội viên", "Chi hội trưởng", "Chủ tịch Hội",
            "Phó Chủ tịch Hội", "Ủy viên Ban Chấp hành", "Cán bộ");

    private final Plan seed = SeedPlans.loadKonTum2024();
    private final String hall = seed.format().mainVenue();

    /** The seed plan file with its attendance section replaced, and optionally one more venue. */
    private static Plan seedWithAttendance(String attendance, String extraVenue) throws Exception {
        String text = Files.readString(SeedPlans.konTum2024(), StandardCharsets.UTF_8);
        int from = text.indexOf("\nattendance:\n");
        int to = text.indexOf("\nfunding:\n");
        String changed = text.substring(0, from + 1) + attendance + text.substring(to);
        changed = changed.replace("\nvenues:\n", "\nvenues:\n" + extraVenue);
        return PlanFiles.read("custom.yaml", changed, Format.YAML);
    }

    /** The seed plan with only its hall, of exactly 60 women the provincial union invites. */
    private static Plan smallHall() throws Exception {
        return seedWithAttendance("""
                attendance:
                  - venue: hoi-truong-ngoc-linh
                    expected: {exactly: 60}
                    groups:
                      - id: phu-nu
                        role: PARTICIPANT
                        invitedBy: hlhpn-tinh
                """, "");
    }

    private static Set<String> orgIds(List<Delegate> delegates) {
        return delegates.stream().map(Delegate::organisationId).collect(Collectors.toSet());
    }

    @Test
    void should_draw_participants_from_the_inviting_organisation_and_its_children_when_a_group_is_invited_by_one() {
        // WHEN
        DelegateList list = SampleDelegates.forPlan(seed, 2024);
        // THEN the 200 women come from the provincial union and the city union, its only child in the registry
        List<Delegate> women = list.at(hall, "phu-nu-doi-thoai");
        assertThat(orgIds(women)).containsExactlyInAnyOrder("hlhpn-tinh", "hlhpn-tp");
        assertThat(women).allSatisfy(d -> assertThat(d.organisation())
                .isEqualTo(seed.registry().organisation(d.organisationId()).orElseThrow().name()));
        // and they come from the communes of the hall's city, drawn from the registry
        Set<String> communes = seed.registry().childUnits("tp-kon-tum").stream().map(AdministrativeUnit::id)
                .collect(Collectors.toSet());
        assertThat(women).allSatisfy(d -> assertThat(d.unit()).isIn(communes));
        assertThat(women.stream().map(Delegate::unit).distinct().count()).isGreaterThan(1);
        // while everyone else at the hall comes from the hall's own unit
        assertThat(list.at(hall)).filteredOn(d -> d.role() != DelegateRole.PARTICIPANT)
                .allSatisfy(d -> assertThat(d.unit()).isEqualTo("tp-kon-tum"));
    }

    @Test
    void should_add_the_topics_agencies_to_the_answering_line_when_no_other_line_of_the_group_names_them() {
        // WHEN
        DelegateList list = SampleDelegates.forPlan(seed, 5);
        // THEN the answering line names the departments, and gets the agencies the topics route questions to,
        // except the women's union that the presiding line already names
        List<Delegate> answering = list.at(hall, "doi-thoai-truc-tiep").stream()
                .filter(d -> d.role() == DelegateRole.ANSWERING).toList();
        assertThat(orgIds(answering)).containsExactlyInAnyOrder("cac-so-nganh", "so-ldtbxh", "cong-an-tinh",
                "so-tu-phap", "so-noi-vu", "bhxh-tinh", "ban-dan-toc", "so-tai-chinh", "so-gddt", "nhcsxh",
                "so-nnptnt", "so-yte");
        // and the invited group keeps exactly the organisations its lines name
        assertThat(orgIds(list.at(hall, "dai-bieu-moi"))).containsExactlyInAnyOrder("tinh-uy", "hdnd-tinh",
                "ubmttq-tinh", "doan-dbqh", "ban-tuyen-giao", "ban-to-chuc", "ban-dan-van", "dang-uy-khoi",
                "ban-vhxh-hdnd", "ldld-tinh", "hoi-nong-dan", "tinh-doan", "hoi-ccb", "lien-minh-htx",
                "cac-so-nganh", "bhxh-tinh", "vp-ntm", "nhcsxh", "ubnd-tp-kon-tum", "bao-kon-tum", "dai-ptth",
                "cong-ttdt");
        // the groups without a stated count share the 14 places left to the stated 250, one share each
        assertThat(list.at(hall, "doi-thoai-truc-tiep")).hasSize(14 + 7);
        assertThat(list.at(hall, "dai-bieu-moi")).hasSize(22 + 7);
    }

    @Test
    void should_give_the_line_titles_by_role_and_junior_titles_to_the_top_up_when_drawn_for_the_seed_plan() {
        DelegateList list = SampleDelegates.forPlan(seed, 11);
        assertThat(list.delegates()).filteredOn(d -> d.role() == DelegateRole.CHAIR
                || d.role() == DelegateRole.PRESIDING).isNotEmpty().allSatisfy(d -> assertThat(d.title())
                .isEqualTo("Chủ tịch"));
        assertThat(list.delegates()).filteredOn(d -> d.role() == DelegateRole.PRESS).isNotEmpty()
                .allSatisfy(d -> assertThat(d.title()).isEqualTo("Phóng viên"));
        assertThat(list.delegates()).filteredOn(d -> d.role() == DelegateRole.PARTICIPANT).isNotEmpty()
                .allSatisfy(d -> assertThat(d.title()).isIn(PARTICIPANT_TITLES));
        // at each bridge point the district's leaders: one from the line (a senior title), six topped up (junior)
        for (var b : seed.format().bridgePoints()) {
            List<Delegate> leaders = list.at(b.venue(), "huyen-lanh-dao");
            assertThat(leaders).hasSize(7);
            assertThat(leaders.get(0).title()).isIn(SENIOR_LEADER_TITLES);
            assertThat(leaders.subList(1, 7)).allSatisfy(d -> assertThat(d.title()).isIn(JUNIOR_LEADER_TITLES));
            // from the district's own people's committee, the one organisation of the bridge point's unit
            assertThat(orgIds(leaders)).containsExactly("ubnd-" + b.unit());
            assertThat(leaders).allSatisfy(d -> assertThat(d.unit()).isEqualTo(b.unit()));
        }
    }

    @Test
    void should_write_phone_numbers_as_mobile_numbers_and_keep_ids_unique_when_drawn() {
        DelegateList list = SampleDelegates.forPlan(seed, 3);
        assertThat(list.delegates()).allSatisfy(d -> {
            assertThat(d.phone()).matches("09\\d\\d \\d{3} \\d{3}");
            assertThat(d.id()).as("id of %s", d).satisfiesAnyOf(x -> assertThat(d.id()).isEqualTo(Keys.slug(d.fullName())),
                            x -> assertThat(d.id()).startsWith(Keys.slug(d.fullName()) + "-"));
        });
        assertThat(list.delegates().stream().map(Delegate::fullName).distinct().count()).isEqualTo(list.size());
    }

    @Test
    void should_draw_only_kinh_names_from_the_common_family_names_when_the_minority_share_is_zero() {
        // GIVEN every delegate a Kinh woman, at bridge points of 100
        var options = new SampleDelegates.Options(9, 100, 1.0, 1.0, 0.0);
        // WHEN
        DelegateList list = SampleDelegates.forPlan(seed, options);
        // THEN
        assertThat(list.size()).isEqualTo(250 + 9 * 100);
        assertThat(list.delegates()).allSatisfy(d -> {
            assertThat(d.gender()).isEqualTo(Gender.FEMALE);
            assertThat(d.ethnicity()).isEqualTo("Kinh");
            assertThat(d.name().family()).isIn(FAMILY);
            assertThat(d.name().middle()).doesNotContain("Văn");
        });
        assertThat(list.delegates().stream().map(Delegate::fullName).distinct().count()).isEqualTo(list.size());
    }

    @Test
    void should_draw_minority_men_with_highland_naming_customs_when_the_minority_share_is_one() throws Exception {
        // GIVEN a hall of 60, every delegate a man of an ethnic minority
        var options = new SampleDelegates.Options(4, 30, 0.0, 0.0, 1.0);
        // WHEN
        DelegateList list = SampleDelegates.forPlan(smallHall(), options);
        // THEN
        assertThat(list.delegates()).allSatisfy(d -> {
            assertThat(d.gender()).isEqualTo(Gender.MALE);
            assertThat(d.ethnicity()).isNotEqualTo("Kinh");
            assertThat(d.name().middle()).doesNotContain("Thị");
            assertThat(d.fullName()).doesNotStartWith("Y ").doesNotContain("H'");
            if (d.ethnicity().equals("Gia Rai")) {
                assertThat(d.name().family()).isIn(HIGHLAND_FAMILY);
                assertThat(d.name().middle()).isEmpty();
            } else if (d.ethnicity().equals("Hrê")) {
                assertThat(d.fullName()).startsWith("Đinh Văn ");
            } else {
                assertThat(d.fullName()).matches("(Đinh Văn|A) .+");
            }
        });
        assertThat(list.delegates()).anyMatch(d -> d.fullName().startsWith("A "))
                .anyMatch(d -> d.fullName().startsWith("Đinh Văn "))
                .anyMatch(d -> "Gia Rai".equals(d.ethnicity()));
    }

    @Test
    void should_draw_minority_women_with_highland_naming_customs_when_the_minority_share_is_one() throws Exception {
        var options = new SampleDelegates.Options(8, 30, 1.0, 1.0, 1.0);
        DelegateList list = SampleDelegates.forPlan(smallHall(), options);
        assertThat(list.delegates()).allSatisfy(d -> {
            assertThat(d.gender()).isEqualTo(Gender.FEMALE);
            assertThat(d.name().middle()).doesNotContain("Văn");
            assertThat(d.fullName()).doesNotStartWith("A ");
            if (d.ethnicity().equals("Gia Rai")) {
                assertThat(d.name().family()).isIn(HIGHLAND_FAMILY);
            } else if (d.ethnicity().equals("Hrê")) {
                assertThat(d.fullName()).startsWith("Đinh Thị ");
            } else {
                assertThat(d.fullName()).matches("(Đinh Thị|Y) .+");
            }
        });
        assertThat(list.delegates()).anyMatch(d -> d.fullName().startsWith("Y "))
                .anyMatch(d -> d.name().given().startsWith("H'"))
                .anyMatch(d -> d.fullName().startsWith("Đinh Thị "));
    }

    @Test
    void should_fill_a_group_without_lines_and_title_each_role_when_the_plan_states_them() throws Exception {
        // GIVEN a hall of exactly 20 with an answering group of one unnamed-role line, a master of ceremonies and
        // a secretary, and an invited group with no lines at all; and a room without a unit
        Plan plan = seedWithAttendance("""
                attendance:
                  - venue: hoi-truong-ngoc-linh
                    expected: {exactly: 20}
                    groups:
                      - id: lanh-dao
                        role: ANSWERING
                        members:
                          - text: Lãnh đạo các sở.
                            organisations: [so-noi-vu]
                          - text: Dẫn chương trình.
                            role: MASTER_OF_CEREMONIES
                            organisations: [vp-ubnd]
                            expected: {exactly: 1}
                          - text: Thư ký.
                            role: SECRETARIAT
                            organisations: [vp-ubnd]
                            expected: {exactly: 1}
                      - id: khach-moi
                        role: INVITED
                  - venue: phong-khach
                    expected: {exactly: 2}
                    groups:
                      - id: y-te
                        role: ANSWERING
                        members:
                          - text: Sở Y tế.
                            organisations: [so-yte]
                            expected: {exactly: 1}
                          - text: Khách.
                            role: INVITED
                            expected: {exactly: 1}
                """, "  - {id: phong-khach, name: Phòng khách, kind: IN_PERSON}\n");
        // WHEN
        DelegateList list = SampleDelegates.forPlan(plan, 1);
        // THEN the line without a role answers, so it gets every agency the topics name (so-noi-vu among them)
        List<Delegate> answering = list.at(hall, "lanh-dao").stream()
                .filter(d -> d.role() == DelegateRole.ANSWERING).toList();
        assertThat(orgIds(answering)).containsExactlyInAnyOrder("so-ldtbxh", "cong-an-tinh", "so-tu-phap",
                "so-noi-vu", "bhxh-tinh", "ban-dan-toc", "so-tai-chinh", "so-gddt", "nhcsxh", "so-nnptnt", "so-yte",
                "hlhpn-tinh");
        assertThat(list.at(hall, "lanh-dao")).filteredOn(d -> d.role() == DelegateRole.MASTER_OF_CEREMONIES)
                .singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Dẫn chương trình"));
        assertThat(list.at(hall, "lanh-dao")).filteredOn(d -> d.role() == DelegateRole.SECRETARIAT)
                .singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Chuyên viên"));
        // 14 planned, 6 topped up: 3 to each open group; the group without lines gets them, with no organisation
        assertThat(list.at(hall)).hasSize(20);
        assertThat(list.at(hall, "lanh-dao")).hasSize(17);
        assertThat(list.at(hall, "khach-moi")).hasSize(3).allSatisfy(d -> {
            assertThat(d.organisationId()).isNull();
            assertThat(d.organisation()).isNull();
            assertThat(d.role()).isEqualTo(DelegateRole.INVITED);
            assertThat(d.unit()).isEqualTo("tp-kon-tum");
        });
        // and in the room without a unit, the delegate takes the unit of the organisation, or none
        assertThat(list.at("phong-khach", "y-te")).hasSize(2);
        assertThat(list.at("phong-khach", "y-te")).filteredOn(d -> d.role() == DelegateRole.ANSWERING)
                .singleElement().satisfies(d -> assertThat(d.unit()).isEqualTo("kon-tum"));
        assertThat(list.at("phong-khach", "y-te")).filteredOn(d -> d.role() == DelegateRole.INVITED)
                .singleElement().satisfies(d -> assertThat(d.unit()).isNull());
    }

    @Test
    void should_accept_the_edges_and_name_the_field_when_options_are_out_of_range() {
        assertThat(new SampleDelegates.Options(1, 3, 0.0, 1.0, 0.0).bridgePointSize()).isEqualTo(3);
        assertThatThrownBy(() -> new SampleDelegates.Options(1, 2, 0.5, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bridgePointSize must be at least 3, was 2");
        assertThatThrownBy(() -> new SampleDelegates.Options(1, 30, 1.5, 0.5, 0.5))
                .hasMessage("participantWomenShare must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> new SampleDelegates.Options(1, 30, 0.5, -0.1, 0.5))
                .hasMessage("leaderWomenShare must be between 0 and 1, was -0.1");
        assertThatThrownBy(() -> new SampleDelegates.Options(1, 30, 0.5, 0.5, Double.NaN))
                .hasMessage("ethnicMinorityShare must be between 0 and 1, was NaN");
        assertThat(new SampleDelegates.Options(1, 30, 0.5, 0.5, 0.5).withBridgePointSize(5).bridgePointSize())
                .isEqualTo(5);
    }
}
