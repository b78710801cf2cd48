package vn.dialogue.participant;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import vn.dialogue.deadline.DeadlineRule;
import vn.dialogue.deadline.DependentDeadline;
import vn.dialogue.deadline.FixedDeadline;
import vn.dialogue.deadline.OffsetDeadline;
import vn.dialogue.deadline.StatutoryDeadline;
import vn.dialogue.journal.JournalCodec;
import vn.dialogue.lifecycle.EventCodec;
import vn.dialogue.participant.InvitationEvent.DelegateCheckedIn;
import vn.dialogue.participant.InvitationEvent.DelegateMarkedAbsent;
import vn.dialogue.participant.InvitationEvent.InvitationConfirmed;
import vn.dialogue.participant.InvitationEvent.InvitationDeclined;
import vn.dialogue.participant.InvitationEvent.InvitationDrafted;
import vn.dialogue.participant.InvitationEvent.InvitationSent;
import vn.dialogue.participant.InvitationEvent.InvitationSubstituted;
import vn.dialogue.participant.InvitationEvent.ReplyDeadlinePassed;

/**
 * The stored JSON of invitation events, by Jackson data binding, their type names (past tense: {@code "sent"},
 * {@code "checked-in"}) given once below; addressees and reply deadlines carry a {@code "kind"}.
 * Field names are the records' component names; absent optional values are left out.
 */
final class InvitationJson {

    static final JsonMapper MAPPER = JournalCodec.strictJsonMapper()
            .addMixIn(Addressee.class, Kinded.class)
            .addMixIn(DeadlineRule.class, Kinded.class)
            .registerSubtypes(
                    new NamedType(Addressee.Person.class, "person"),
                    new NamedType(Addressee.Organisation.class, "organisation"),
                    new NamedType(FixedDeadline.class, "fixed"),
                    new NamedType(OffsetDeadline.class, "offset"),
                    new NamedType(StatutoryDeadline.class, "statutory"),
                    new NamedType(DependentDeadline.class, "dependent"))
            .build();

    /** The invitation events, each named once: the store's type names. */
    static final EventCodec<InvitationEvent> INVITATION_EVENTS = EventCodec.of(MAPPER, types());

    private static Map<String, Class<? extends InvitationEvent>> types() {
        Map<String, Class<? extends InvitationEvent>> types = new LinkedHashMap<>();
        types.put("drafted", InvitationDrafted.class);
        types.put("sent", InvitationSent.class);
        types.put("confirmed", InvitationConfirmed.class);
        types.put("declined", InvitationDeclined.class);
        types.put("substituted", InvitationSubstituted.class);
        types.put("reply-deadline-passed", ReplyDeadlinePassed.class);
        types.put("checked-in", DelegateCheckedIn.class);
        types.put("marked-absent", DelegateMarkedAbsent.class);
        return types;
    }

    private InvitationJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    private interface Kinded {
    }
}
