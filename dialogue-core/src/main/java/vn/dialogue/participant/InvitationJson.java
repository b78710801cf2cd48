package vn.dialogue.participant;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.participant.InvitationEvent.DelegateCheckedIn;
import vn.dialogue.participant.InvitationEvent.DelegateMarkedAbsent;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;
import vn.dialogue.participant.InvitationEvent.InvitationDeclined;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;
import vn.dialogue.participant.InvitationEvent.InvitationSent;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationEvent.ReplyDeadlinePassed;

/**
 * The journal's JSON spelling of invitation events: one compact object per line, with a {@code "type"} naming the
 * event in the past tense ({@code "sent"}, {@code "checked-in"}); addressees and reply deadlines carry a
 * {@code "kind"}. Field names are the records' component names; absent optional values are left out.
 */
final class InvitationJson {

    static final JsonMapper MAPPER = JournalCodec.strictJsonMapper()
            .addMixIn(InvitationEvent.class, Typed.class)
            .addMixIn(Addressee.class, Kinded.class)
            .addMixIn(DeadlineRule.class, Kinded.class)
            .registerSubtypes(
                    new NamedType(InvitationDrafted.class, "drafted"),
                    new NamedType(InvitationSent.class, "sent"),
                    new NamedType(InvitationConfirmed.class, "confirmed"),
                    new NamedType(InvitationDeclined.class, "declined"),
                    new NamedType(InvitationSubstituted.class, "substituted"),
                    new NamedType(ReplyDeadlinePassed.class, "reply-deadline-passed"),
                    new NamedType(DelegateCheckedIn.class, "checked-in"),
                    new NamedType(DelegateMarkedAbsent.class, "marked-absent"),
                    new NamedType(Addressee.Person.class, "person"),
                    new NamedType(Addressee.Organisation.class, "organisation"),
                    new NamedType(FixedDeadline.class, "fixed"),
                    new NamedType(OffsetDeadline.class, "offset"),
                    new NamedType(StatutoryDeadline.class, "statutory"),
                    new NamedType(DependentDeadline.class, "dependent"))
            .build();

    static final JournalCodec<InvitationEvent> INVITATION_EVENTS = JournalCodec.jackson(MAPPER,
            InvitationEvent.class);

    private InvitationJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface Typed {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    private interface Kinded {
    }
}
