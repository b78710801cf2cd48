package vn.dialogue.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.dialogue.internal.Keys;
import vn.dialogue.text.Nfc;

/**
 * Something that happened to a question, in the past tense: what the journal stores, one per line. A question's
 * state is the fold of its events; {@link QuestionRegistry} replays them. Every event names the question, and
 * its {@link Act}: who, when and why. Records, immutable and thread-safe.
 */
public sealed interface QuestionEvent {

    /** The question the event happened to (for a compilation, the new compiled question). */
    QuestionId question();

    /** Who did it, when and why. */
    Act act();

    /** Every question the event changes: the question, and for a compilation its members too. */
    default List<QuestionId> affected() {
        return List.of(question());
    }

    /** A submission was recorded as a new question. */
    record QuestionReceived(QuestionId question, Act act, Submission submission) implements QuestionEvent {
        public QuestionReceived {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(submission, "submission");
        }
    }

    /** Moderation accepted the question for the dialogue, under these topics. */
    record QuestionAccepted(QuestionId question, Act act, List<String> topics) implements QuestionEvent {
        public QuestionAccepted {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            topics = List.copyOf(topics);
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("accepting question " + question + " needs the topic(s) it fits");
            }
        }
    }

    /** Moderation rejected the question; the act's reason explains. */
    record QuestionRejected(QuestionId question, Act act, RejectionReason reason) implements QuestionEvent {
        public QuestionRejected {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act").requireReason("rejecting question " + question);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Similar accepted questions were merged into a new compiled question, with its wording and topics. */
    record QuestionsCompiled(QuestionId question, Act act, List<QuestionId> members, String wording,
                             List<String> topics) implements QuestionEvent {
        public QuestionsCompiled {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            members = List.copyOf(members);
            if (members.size() < 2) {
                throw new IllegalArgumentException("a compiled question merges at least two questions, got " + members);
            }
            if (members.stream().distinct().count() != members.size()) {
                throw new IllegalArgumentException("a compiled question lists a member twice: " + members);
            }
            if (members.contains(question)) {
                throw new IllegalArgumentException("compiled question " + question + " cannot be its own member");
            }
            wording = Nfc.of(Objects.requireNonNull(wording, "wording"));
            if (wording.isBlank()) {
                throw new IllegalArgumentException("a compiled question needs a wording");
            }
            topics = List.copyOf(topics);
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("a compiled question needs the topic(s) it fits");
            }
        }

        @Override
        public List<QuestionId> affected() {
            List<QuestionId> all = new java.util.ArrayList<>(members.size() + 1);
            all.add(question);
            all.addAll(members);
            return List.copyOf(all);
        }
    }

    /** The question was routed (or routed anew) to a lead agency and co-agencies, with an answer deadline. */
    record QuestionRouted(QuestionId question, Act act, String lead, List<String> coAgencies, LocalDate answerDue)
            implements QuestionEvent {
        public QuestionRouted {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            lead = Keys.require(lead, "lead");
            coAgencies = List.copyOf(coAgencies);
            Objects.requireNonNull(answerDue, "answerDue");
        }
    }

    /** A co-agency contributed to the answer. */
    record AnswerContributed(QuestionId question, Act act, String agency, String text) implements QuestionEvent {
        public AnswerContributed {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            agency = Keys.require(agency, "agency");
            text = Contribution.requireText(text, "contribution");
        }
    }

    /** The lead agency drafted (or redrafted) the answer. */
    record AnswerDrafted(QuestionId question, Act act, String agency, String text) implements QuestionEvent {
        public AnswerDrafted {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            agency = Keys.require(agency, "agency");
            text = Contribution.requireText(text, "draft");
        }
    }

    /** The question was answered live at the session. */
    record QuestionAnsweredLive(QuestionId question, Act act, String session, String agency,
                                @Nullable String official, String summary) implements QuestionEvent {
        public QuestionAnsweredLive {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            session = Keys.require(session, "session");
            agency = Keys.require(agency, "agency");
            official = Nfc.normalize(official);
            summary = Contribution.requireText(summary, "live answer");
        }
    }

    /** The question was deferred at the session to an agency, with a promised date and a notice date. */
    record QuestionDeferred(QuestionId question, Act act, String session, String agency, @Nullable String official,
                            LocalDate promisedBy, LocalDate noticeDue) implements QuestionEvent {
        public QuestionDeferred {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act").requireReason("deferring question " + question);
            session = Keys.require(session, "session");
            agency = Keys.require(agency, "agency");
            official = Nfc.normalize(official);
            Objects.requireNonNull(promisedBy, "promisedBy");
            Objects.requireNonNull(noticeDue, "noticeDue");
        }
    }

    /** One asker of a deferred question was told which agency answers and by when. */
    record AskerNotified(QuestionId question, Act act, QuestionId original, String means) implements QuestionEvent {
        public AskerNotified {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(original, "original");
            means = Nfc.of(Objects.requireNonNull(means, "means")).strip();
        }
    }

    /** The responsible agency answered a deferred question in writing. */
    record QuestionResolvedInWriting(QuestionId question, Act act, String agency, @Nullable String official,
                                     String document, String summary) implements QuestionEvent {
        public QuestionResolvedInWriting {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            agency = Keys.require(agency, "agency");
            official = Nfc.normalize(official);
            document = Nfc.of(Objects.requireNonNull(document, "document")).strip();
            summary = Contribution.requireText(summary, "written answer");
        }
    }

    /** A settled question was closed. */
    record QuestionClosed(QuestionId question, Act act) implements QuestionEvent {
        public QuestionClosed {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
        }
    }

    /** The asker withdrew the question; the act's reason says how they asked. */
    record QuestionWithdrawn(QuestionId question, Act act) implements QuestionEvent {
        public QuestionWithdrawn {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act").requireReason("withdrawing question " + question);
        }
    }

    /** A local authority settled the question within its own powers and reported. */
    record QuestionHandledLocally(QuestionId question, Act act, String unit, String authority, String report)
            implements QuestionEvent {
        public QuestionHandledLocally {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
            unit = Keys.require(unit, "unit");
            authority = Keys.require(authority, "authority");
            report = Contribution.requireText(report, "local settlement report");
        }
    }

    /**
     * The personal data of the asker whose submission was recorded as {@code question} was erased on request
     * (Luật 91/2025/QH15): from here on the asker is {@link Asker#pseudonym}, in that question and in every
     * compiled question that answers it. Carries no personal data itself; the act's reason, if any, must not
     * either (say "request of 2 December", not who asked).
     */
    record AskerErased(QuestionId question, Act act) implements QuestionEvent {
        public AskerErased {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(act, "act");
        }
    }
}
