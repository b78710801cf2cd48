package vn.dialogue.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import vn.dialogue.plan.Plan;

/**
 * The one-parse read ({@link PlanFiles#quickRead}) against the thorough read ({@link PlanFiles#readThoroughly}) it
 * stands in front of: it must give the same plan for a clean file and give up (null) on every file the thorough
 * read refuses, so that a bad file still gets every problem at its line.
 */
class QuickReadTest {

    @Test
    void should_read_the_seed_plan_in_one_parse_when_the_file_is_clean() throws Exception {
        // GIVEN the seed plan file, which has no problem
        String text = Files.readString(SeedPlans.konTum2024());

        // WHEN it is read in one parse and thoroughly
        Plan quick = PlanFiles.quickRead(text, Format.YAML, Plan.class);
        Plan thorough = PlanFiles.readThoroughly("seed.yaml", text, Format.YAML, Plan.class);

        // THEN the one parse gives the plan, equal to the thorough read's
        assertThat(quick).isNotNull().isEqualTo(thorough);
    }

    @Test
    void should_give_up_when_a_clean_plan_is_followed_by_a_second_document() throws Exception {
        // GIVEN the seed plan, then a second document the binder itself would never ask for
        String text = Files.readString(SeedPlans.konTum2024()) + "\n---\nid: again\n";

        // WHEN it is read in one parse
        Plan quick = PlanFiles.quickRead(text, Format.YAML, Plan.class);

        // THEN the one parse gives up, and the thorough read names the second document
        assertThat(quick).isNull();
        Throwable thrown = catchThrowable(() -> PlanFiles.readThoroughly("seed.yaml", text, Format.YAML, Plan.class));
        assertThat(thrown).isInstanceOf(PlanFileException.class);
        assertThat(((PlanFileException) thrown).problems()).anySatisfy(problem -> {
            assertThat(problem.message()).contains("another document");
            assertThat(problem.path()).as("the whole file, not a field").isEmpty();
        });
    }

    @Test
    void should_give_up_when_a_field_is_given_twice() throws Exception {
        // GIVEN the seed plan with its first line repeated (a field given twice at the top)
        String seed = Files.readString(SeedPlans.konTum2024());
        String first = seed.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" "))
                .findFirst().orElseThrow();
        String text = first + "\n" + seed;

        // WHEN it is read in one parse
        Plan quick = PlanFiles.quickRead(text, Format.YAML, Plan.class);

        // THEN the one parse gives up; the thorough read reports the duplicate
        assertThat(quick).isNull();
        assertThat(catchThrowable(() -> PlanFiles.readThoroughly("seed.yaml", text, Format.YAML, Plan.class)))
                .hasMessageContaining("duplicate field");
    }

    @Provide
    Arbitrary<MalformedPlans.Case> malformedPlans() {
        return MalformedPlans.cases();
    }

    @Property(tries = 1500, seed = "20241127")
    @Label("the one-parse read gives the thorough read's plan, or gives up where the thorough read refuses")
    void should_agree_with_the_thorough_read_when_reading_a_malformed_file(
            @ForAll("malformedPlans") MalformedPlans.Case c) {
        // GIVEN a plan file broken by one to three mutations, as text (what reaches both reads)
        MalformedPlans.Input in = MalformedPlans.input(c);
        String text = decode(in.bytes());
        Assume.that(text != null && !text.isBlank() && text.length() <= PlanFiles.MAX_DOCUMENT_CHARS);

        // WHEN it is read in one parse and thoroughly
        Plan quick = PlanFiles.quickRead(text, in.format(), Plan.class);
        Object thorough;
        try {
            thorough = PlanFiles.readThoroughly(in.name(), text, in.format(), Plan.class);
        } catch (PlanFileException e) {
            thorough = e;
        }

        // THEN both give the same plan, or the one parse gives up where the thorough read lists problems
        if (thorough instanceof PlanFileException) {
            assertThat(quick).as("one parse of %s", c).isNull();
        } else {
            assertThat(quick).as("one parse of %s", c).isEqualTo(thorough);
        }
    }

    @Test
    void should_give_the_same_plans_as_the_thorough_read_when_small_plans_are_clean() {
        // GIVEN small valid plans of every deadline form, in YAML and JSON
        List<MalformedPlans.Base> bases = MalformedPlans.smallPlans().sampleStream().limit(200).toList();

        for (MalformedPlans.Base base : bases) {
            for (Format format : Format.values()) {
                String text = decode(MalformedPlans.input(new MalformedPlans.Case(base, List.of(), format)).bytes());

                // WHEN each is read in one parse and thoroughly
                Plan quick = PlanFiles.quickRead(text, format, Plan.class);
                Plan thorough = PlanFiles.readThoroughly("small", text, format, Plan.class);

                // THEN the one parse reads it, to the same plan
                assertThat(quick).as("%s %s", base, format).isNotNull().isEqualTo(thorough);
            }
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
