package vn.dialogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.export.testing.Outputs;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;

class PlanCalendarQuestionDeadlinesTest {

    private static final Instant STAMP = Instant.parse("2024-11-25T01:00:00Z");
    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);
    private static final SeedQuestions.Conclusions CONCLUSIONS = SeedQuestions.conclusions(PLAN);

    private static PlanCalendar calendar() {
        return PlanCalendar.of(PLAN, DeadlineContext.of(WorkingCalendar.vietnam()), STAMP)
                .withQuestionDeadlines(QUESTIONS).withConclusionTasks(CONCLUSIONS.tasks(), Wording.vietnamese());
    }

    @Test
    void should_add_answer_preparation_written_answer_notice_and_conclusion_deadlines_as_all_day_events()
            throws IOException, ParserException {
        byte[] ics = Outputs.bytes(calendar()::write);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> todos = parsed.getComponents(Component.VEVENT);
        // each deadline an all-day event on its last day
        Map<String, String> dueByUid = todos.stream().filter(t -> t.getProperty(Property.DTSTART).orElseThrow()
                .getValue().length() == 8).collect(Collectors.toMap(
                t -> t.getProperty(Property.UID).orElseThrow().getValue(),
                t -> t.getProperty(Property.DTSTART).orElseThrow().getValue() + "T235959"));
        // the routed questions' answers to prepare, the deferred one's written answer and notices, two conclusion tasks
        assertThat(dueByUid).containsEntry("q-000005-prepare-answer@" + PLAN.id(), "20241118T235959")
                .containsEntry("q-000006-prepare-answer@" + PLAN.id(), "20241112T235959")
                .containsEntry("q-000004-answer-in-writing@" + PLAN.id(), "20241206T235959")
                .containsEntry("q-000004-notify-askers@" + PLAN.id(), "20241127T235959")
                .containsEntry("conclusion-kl-1@" + PLAN.id(), "20241206T235959")
                .containsEntry("conclusion-kl-2@" + PLAN.id(), "20241222T235959");
        VEvent written = todos.stream().filter(t -> t.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("q-000004-answer")).findFirst().orElseThrow();
        assertThat(written.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .startsWith("Trả lời bằng văn bản nội dung số 1: Tôi là [đã ẩn], điện thoại [đã ẩn]");
        // a calendar is shared: the asker, who did not consent, quotes her own name and phone; both are struck
        assertThat(new String(ics, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\r?\n[ \t]", ""))
                .doesNotContain("Rơ Châm").doesNotContain("345 678");
        assertThat(written.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Công an tỉnh Kon Tum");
        String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;VALUE=DATE:20241206\r\nDTEND;VALUE=DATE:20241207");
        // no question's id in a title
        assertThat(todos).allSatisfy(t -> assertThat(t.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .doesNotContainPattern("q-\\d+"));
        assertThat(text.lines().filter(l -> l.startsWith("DTSTAMP"))).allMatch(l -> l.equals("DTSTAMP:20241125T010000Z"));
    }

    @Test
    void should_write_the_same_bytes_twice() throws IOException {
        assertThat(Outputs.bytes(calendar()::write)).isEqualTo(Outputs.bytes(calendar()::write));
    }
}
