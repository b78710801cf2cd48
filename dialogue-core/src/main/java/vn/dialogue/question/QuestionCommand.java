package vn.dialogue.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What can be asked of the {@link QuestionRegistry}: each command names the question, the version it was
 * decided on (see {@link Versioned}), and the {@link Act}. The registry checks the version, finds the state,
 * and calls the state's transition; the state checks the actor's role. Records, immutable and thread-safe.
 */
public sealed interface QuestionCommand {

    /** Who asks, when and why. */
    Act act();

    /** A command about one question. */
    sealed interface OnQuestion extends QuestionCommand {
        /** The question. */
        QuestionId question();

        /** The version the command was decided on. */
        long expectedVersion();

        /** The transition it asks for. */
        Transition transition();
    }

    private static void check(QuestionId question, long expectedVersion, Act act) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(act, "act");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expected version must be at least 1, was " + expectedVersion);
        }
    }

    /** Accept a received question under {@code topics} (empty: the submission's own topics). */
    record Accept(QuestionId question, long expectedVersion, Act act, List<String> topics) implements OnQuestion {
        public Accept {
            check(question, expectedVersion, act);
            topics = List.copyOf(topics);
        }

        @Override
        public Transition transition() {
            return Transition.ACCEPT;
        }
    }

    /** Reject a received question; the act's reason explains. */
    record Reject(QuestionId question, long expectedVersion, Act act, RejectionReason reason) implements OnQuestion {
        public Reject {
            check(question, expectedVersion, act);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Transition transition() {
            return Transition.REJECT;
        }
    }

    /**
     * Merge accepted questions, each at the version given, into a new compiled question.
     *
     * @param members the questions to merge, at the versions the decision was made on (at least two)
     * @param wording the compiled question's text
     * @param topics  its topics; empty means the union of the members' topics
     */
    record Compile(List<Versioned> members, Act act, String wording, List<String> topics) implements QuestionCommand {
        public Compile {
            members = List.copyOf(members);
            Objects.requireNonNull(act, "act");
            Objects.requireNonNull(wording, "wording");
            topics = List.copyOf(topics);
            if (members.size() < 2) {
                throw new IllegalArgumentException("compiling needs at least two questions, got " + members.size());
            }
            if (members.stream().map(Versioned::id).distinct().count() != members.size()) {
                throw new IllegalArgumentException("compiling names a question twice: "
                        + members.stream().map(Versioned::id).toList());
            }
        }
    }

    /** Route (or route anew) to a lead agency and co-agencies, to prepare an answer by {@code answerDue}. */
    record Route(QuestionId question, long expectedVersion, Act act, String lead, List<String> coAgencies,
                 LocalDate answerDue) implements OnQuestion {
        public Route {
            check(question, expectedVersion, act);
            Objects.requireNonNull(lead, "lead");
            coAgencies = List.copyOf(coAgencies);
            Objects.requireNonNull(answerDue, "answerDue");
        }

        @Override
        public Transition transition() {
            return Transition.ROUTE;
        }
    }

    /** Add the actor's organisation's contribution (it must be a co-agency). */
    record Contribute(QuestionId question, long expectedVersion, Act act, String text) implements OnQuestion {
        public Contribute {
            check(question, expectedVersion, act);
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Transition transition() {
            return Transition.CONTRIBUTE;
        }
    }

    /** Record the lead agency's draft answer. */
    record DraftAnswer(QuestionId question, long expectedVersion, Act act, String text) implements OnQuestion {
        public DraftAnswer {
            check(question, expectedVersion, act);
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Transition transition() {
            return Transition.DRAFT;
        }
    }

    /** Record that the question was answered live at the session. */
    record AnswerLive(QuestionId question, long expectedVersion, Act act, String session, String agency,
                      @Nullable String official, String summary) implements OnQuestion {
        public AnswerLive {
            check(question, expectedVersion, act);
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public Transition transition() {
            return Transition.ANSWER_LIVE;
        }
    }

    /** Record that the question was deferred at the session to an agency, with promised and notice dates. */
    record Defer(QuestionId question, long expectedVersion, Act act, String session, String agency,
                 @Nullable String official, LocalDate promisedBy, LocalDate noticeDue) implements OnQuestion {
        public Defer {
            check(question, expectedVersion, act);
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(promisedBy, "promisedBy");
            Objects.requireNonNull(noticeDue, "noticeDue");
        }

        @Override
        public Transition transition() {
            return Transition.DEFER;
        }
    }

    /** Record that the asker of {@code original} was told of the deferral. */
    record NotifyAsker(QuestionId question, long expectedVersion, Act act, QuestionId original, String means)
            implements OnQuestion {
        public NotifyAsker {
            check(question, expectedVersion, act);
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(means, "means");
        }

        @Override
        public Transition transition() {
            return Transition.NOTIFY_ASKER;
        }
    }

    /** Record the responsible agency's written answer to a deferred question. */
    record ResolveInWriting(QuestionId question, long expectedVersion, Act act, @Nullable String official,
                            String document, String summary) implements OnQuestion {
        public ResolveInWriting {
            check(question, expectedVersion, act);
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public Transition transition() {
            return Transition.RESOLVE_IN_WRITING;
        }
    }

    /** Close a settled question. */
    record Close(QuestionId question, long expectedVersion, Act act) implements OnQuestion {
        public Close {
            check(question, expectedVersion, act);
        }

        @Override
        public Transition transition() {
            return Transition.CLOSE;
        }
    }

    /** Record that the asker withdrew the question; the act's reason says how they asked. */
    record Withdraw(QuestionId question, long expectedVersion, Act act) implements OnQuestion {
        public Withdraw {
            check(question, expectedVersion, act);
        }

        @Override
        public Transition transition() {
            return Transition.WITHDRAW;
        }
    }

    /** Record that the actor's organisation, the authority of {@code unit}, settled the question locally. */
    record HandleLocally(QuestionId question, long expectedVersion, Act act, String unit, String report)
            implements OnQuestion {
        public HandleLocally {
            check(question, expectedVersion, act);
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public Transition transition() {
            return Transition.HANDLE_LOCALLY;
        }
    }
}
