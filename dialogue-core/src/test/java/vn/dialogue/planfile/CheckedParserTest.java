package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.sym.SimpleNameMatcher;

/**
 * The parser the quick read binds through: each way of moving to another token moves exactly as the wrapped parser
 * would, and puts the token through the quick scan, so that nothing reaches the binder unchecked.
 */
class CheckedParserTest {

    /** The quick scan of the parser made last. */
    private TokenScan scan = TokenScan.quick();

    private CheckedParser parser(String json) {
        scan = TokenScan.quick();
        return new CheckedParser(PlanFiles.mapper(Format.JSON).reader()
                .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(json), scan);
    }

    @Test
    void should_move_to_values_past_field_names_and_note_the_end_of_input() {
        // GIVEN a block with a number and a list
        try (CheckedParser p = parser("{\"a\":1,\"b\":[2]}")) {
            // WHEN it is read value by value THEN the field names are passed over
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(p.nextValue()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextValue()).isEqualTo(JsonToken.START_ARRAY);
            assertThat(p.nextValue()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextValue()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextValue()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.ended()).isFalse();
            // AND the end of the input is noted
            assertThat(p.nextValue()).isNull();
            assertThat(p.ended()).isTrue();
        }
        assertThat(scan.refused()).isFalse();
    }

    @Test
    void should_give_the_next_field_name_or_nothing_when_the_next_token_is_no_name() {
        // GIVEN a block with two fields
        try (CheckedParser p = parser("{\"a\":1,\"b\":2}")) {
            p.nextToken();
            // WHEN/THEN names are given, and a value is no name
            assertThat(p.nextName()).isEqualTo("a");
            assertThat(p.nextName()).isNull();
            assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            // AND a name is matched only when it is the one expected
            assertThat(p.nextName(new SerializedString("x"))).isFalse();
            assertThat(p.currentName()).isEqualTo("b");
            assertThat(p.nextName(new SerializedString("b"))).isFalse();
            assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextName(new SerializedString("b"))).isFalse();
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        try (CheckedParser p = parser("{\"a\":1}")) {
            p.nextToken();
            assertThat(p.nextName(new SerializedString("a"))).isTrue();
        }
    }

    @Test
    void should_match_names_and_say_when_the_block_ends_or_no_name_comes() {
        // GIVEN a matcher of two names
        PropertyNameMatcher matcher = SimpleNameMatcher.construct(Locale.ROOT, List.of("a", "b"));
        try (CheckedParser p = parser("{\"b\":1}")) {
            p.nextToken();
            // WHEN/THEN a known name gives its index, the end of the block says so
            assertThat(p.nextNameMatch(matcher)).isEqualTo(1);
            p.nextToken();
            assertThat(p.nextNameMatch(matcher)).isEqualTo(PropertyNameMatcher.MATCH_END_OBJECT);
        }
        try (CheckedParser p = parser("[1]")) {
            p.nextToken();
            // AND a value where a name should be is an odd token
            assertThat(p.nextNameMatch(matcher)).isEqualTo(PropertyNameMatcher.MATCH_ODD_TOKEN);
        }
    }

    @Test
    void should_skip_a_nested_value_to_its_end_and_stay_on_a_scalar() {
        // GIVEN a block whose first field holds nested blocks and lists
        try (CheckedParser p = parser("{\"a\":{\"b\":[1,{\"c\":2}],\"e\":{}},\"d\":3}")) {
            p.nextToken();
            p.nextName();
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            // WHEN its children are skipped THEN the parser stands at the end of that value
            assertThat(p.skipChildren()).isSameAs(p);
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextName()).isEqualTo("d");
            // AND skipping a scalar does not move
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            p.skipChildren();
            assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        try (CheckedParser p = parser("[{\"x\":[1]},2]")) {
            p.nextToken();
            p.skipChildren();
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextToken()).isNull();
        }
    }

    @Test
    void should_check_every_token_it_moves_to_including_those_it_drains() {
        // GIVEN a plan followed by a second value
        try (CheckedParser p = parser("{\"a\":1} {\"b\":2}")) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            p.nextToken();
            // WHEN the rest is drained THEN the second value is refused
            assertThatThrownBy(p::drain).isInstanceOf(TokenScan.Refused.class);
            assertThat(scan.refused()).isTrue();
        }
    }

    @Test
    void should_drain_to_the_end_once_and_then_do_nothing() {
        // GIVEN a clean block read up to its first value
        try (CheckedParser p = parser("{\"a\":1,\"b\":{\"c\":[1,2]}}")) {
            p.nextToken();
            // WHEN the rest is drained THEN the parser is at the end, and draining again changes nothing
            p.drain();
            assertThat(p.ended()).isTrue();
            p.drain();
            assertThat(p.ended()).isTrue();
        }
        assertThat(scan.refused()).isFalse();
    }

    @Test
    void should_refuse_a_field_given_twice_at_the_name_it_moves_to() {
        // GIVEN a block with a duplicate field
        try (CheckedParser p = parser("{\"a\":1,\"a\":2}")) {
            p.nextToken();
            assertThat(p.nextName()).isEqualTo("a");
            p.nextToken();
            // WHEN the parser moves to the second name THEN the quick scan refuses it
            assertThatThrownBy(p::nextName).isInstanceOf(TokenScan.Refused.class);
            assertThat(scan.refused()).isTrue();
        }
    }
}
