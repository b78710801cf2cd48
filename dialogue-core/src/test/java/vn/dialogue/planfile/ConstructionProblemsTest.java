package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/**
 * The walk after a failed read ({@link ConstructionProblems}): what it reports for each kind of value that cannot be
 * built, where, and whether it says the value can be built.
 */
class ConstructionProblemsTest {

    enum Colour { RED, GREEN }

    record Inner(String name, int size) {
        Inner {
            Objects.requireNonNull(name, "name");
        }
    }

    record Outer(String id, Inner inner, List<Inner> items, Colour colour) {
    }

    private static final ObjectMapper MAPPER = PlanFiles.mapper(Format.JSON);
    private static final Type LIST_OF_INNER = Outer.class.getRecordComponents()[2].getGenericType();

    private final List<ProblemCollector.Raw> problems = new ArrayList<>();

    private boolean walk(String json, Type type, String pointer) {
        return new ConstructionProblems(MAPPER, problems).walk(MAPPER.readTree(json), type, pointer);
    }

    private List<String> found() {
        return problems.stream().map(r -> r.pointer() + ": " + PlanFileProblemsTest.englishOf(r.message())).toList();
    }

    @Test
    void should_say_a_whole_block_can_be_built_when_nothing_is_wrong() {
        // GIVEN/WHEN a block with a nested block, a list and a choice, all valid
        boolean ok = walk("{\"id\":\"o\",\"inner\":{\"name\":\"a\",\"size\":1},\"items\":[{\"name\":\"b\"}],"
                + "\"colour\":\"RED\"}", Outer.class, "");
        // THEN it can be built and nothing is reported
        assertThat(ok).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_accept_an_absent_or_empty_value_when_there_is_nothing_to_build() {
        // GIVEN/WHEN absent, null and missing values THEN each is fine, with nothing reported
        ConstructionProblems walker = new ConstructionProblems(MAPPER, problems);
        assertThat(walker.walk(null, Outer.class, "")).isTrue();
        assertThat(walker.walk(NullNode.getInstance(), Outer.class, "")).isTrue();
        assertThat(walker.walk(MissingNode.getInstance(), Outer.class, "")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_report_nothing_itself_but_say_no_when_a_list_field_holds_no_list() {
        // GIVEN/WHEN a list field given a text, walked as the list and as the block holding it
        boolean list = walk("\"x\"", LIST_OF_INNER, "/items");
        boolean block = walk("{\"id\":\"o\",\"items\":\"x\"}", Outer.class, "");
        // THEN neither can be built, and the walk leaves the message to the binder
        assertThat(list).isFalse();
        assertThat(block).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_report_an_empty_entry_at_its_index_when_a_list_holds_a_null() {
        // GIVEN/WHEN a list whose second entry is empty
        boolean ok = walk("[{\"name\":\"b\"},null]", LIST_OF_INNER, "/items");
        // THEN it is reported at /items/1
        assertThat(ok).isFalse();
        assertThat(found()).containsExactly("/items/1: " + ConstructionProblems.EMPTY_ENTRY.en());
    }

    @Test
    void should_say_a_list_cannot_be_built_when_any_of_its_entries_cannot() {
        // GIVEN/WHEN a list whose first entry is an empty text where a block belongs, and whose second is fine
        boolean ok = walk("[\"\",{\"name\":\"b\"}]", LIST_OF_INNER, "/items");
        // THEN the list cannot be built, and the first entry is reported
        assertThat(ok).isFalse();
        assertThat(found()).containsExactly("/items/0: expected block of fields (Inner) but found empty text");
        // AND a list of good entries can
        problems.clear();
        assertThat(walk("[{\"name\":\"a\"},{\"name\":\"b\"}]", LIST_OF_INNER, "/items")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_report_empty_text_for_a_block_and_for_a_choice_with_the_allowed_values() {
        // GIVEN/WHEN a block and a choice given empty text
        boolean ok = walk("{\"id\":\"o\",\"inner\":\"\",\"colour\":\"\"}", Outer.class, "");
        // THEN both are reported, each at its field
        assertThat(ok).isFalse();
        assertThat(found()).containsExactly("/inner: expected block of fields (Inner) but found empty text",
                "/colour: expected value but found empty text; allowed: RED, GREEN");
    }

    @Test
    void should_leave_values_that_are_no_block_to_the_binder() {
        // GIVEN/WHEN a block field given a number, and a text field given a text
        boolean number = walk("5", Inner.class, "/inner");
        boolean text = walk("\"\"", String.class, "/id");
        // THEN the walk has nothing to build there
        assertThat(number).isTrue();
        assertThat(text).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_not_build_a_block_when_a_problem_was_reported_inside_it_already() {
        // GIVEN a problem reported inside /inner
        problems.add(new ProblemCollector.Raw("/inner/size", vn.dialogue.text.Bilingual.of("reported earlier", "reported earlier"), 0, 0));
        // WHEN /inner is walked THEN it cannot be built, and nothing more is reported
        assertThat(walk("{\"name\":\"a\",\"size\":1}", Inner.class, "/inner")).isFalse();
        assertThat(problems).hasSize(1);
    }

    @Test
    void should_build_a_block_when_the_problems_reported_are_outside_it() {
        // GIVEN a problem in a field whose name merely starts like this block's
        problems.add(new ProblemCollector.Raw("/innerX/size", vn.dialogue.text.Bilingual.of("reported earlier", "reported earlier"), 0, 0));
        problems.add(new ProblemCollector.Raw("/inner", vn.dialogue.text.Bilingual.of("reported at the block itself", "reported at the block itself"), 0, 0));
        // WHEN /inner is walked THEN it is built
        assertThat(walk("{\"name\":\"a\",\"size\":1}", Inner.class, "/inner")).isTrue();
        assertThat(problems).hasSize(2);
    }
}
