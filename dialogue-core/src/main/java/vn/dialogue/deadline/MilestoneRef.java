package vn.dialogue.deadline;

import java.util.Objects;

import vn.dialogue.text.Bilingual;

/**
 * Names a milestone a deadline counts from: a session, a task's deadline, or the receipt of a
 * question. Written in plan files as {@code session}, {@code session:<id>}, {@code task:<id>},
 * {@code receipt} or {@code receipt:<question id>} (see {@link #parse} and {@link #toString}).
 * Immutable and thread-safe.
 *
 * @param kind what kind of milestone
 * @param id   the session, task or question id; empty for "the" session (the first one) or
 *             "the" question (the one the deadline belongs to); never empty for a task
 */
public record MilestoneRef(Kind kind, String id) {

    /** What a milestone is. */
    public enum Kind {
        /** A sitting of the dialogue; its date is the session day. */
        SESSION("session"),
        /** A task; its date is the task's deadline (last day). */
        TASK("task"),
        /** The receipt of a question (submission, petition); its date is the day it was received. */
        RECEIPT("receipt");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /**
         * How the kind is written in plan files.
         *
         * @return how the kind is written in plan files
         */
        public String key() {
            return key;
        }
    }

    /**
     * @param kind what kind of milestone
     * @param id the session, task or question id; empty for "the" session (the first one) or "the" question (the one
     *           the deadline belongs to); never empty for a task
     * @throws IllegalArgumentException if a task reference has no id or the id has spaces or ':'
     */
    public MilestoneRef {
        Objects.requireNonNull(kind, "kind");
        id = Objects.requireNonNull(id, "id").strip();
        if (kind == Kind.TASK && id.isEmpty()) {
            throw new IllegalArgumentException("a task milestone needs the task id, e.g. task:tong-hop-y-kien");
        }
        if (id.contains(":") || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a milestone id cannot contain ':' or spaces, was '" + id + "'");
        }
    }

    /**
     * The (first) session of the plan.
     *
     * @return the (first) session of the plan
     */
    public static MilestoneRef session() {
        return new MilestoneRef(Kind.SESSION, "");
    }

    /**
     * The session with this id.
     *
     * @param sessionId the session's id
     * @return the session with this id
     */
    public static MilestoneRef session(String sessionId) {
        return new MilestoneRef(Kind.SESSION, sessionId);
    }

    /**
     * The deadline of the task with this id.
     *
     * @param taskId the task's id
     * @return the deadline of the task with this id
     */
    public static MilestoneRef task(String taskId) {
        return new MilestoneRef(Kind.TASK, taskId);
    }

    /**
     * The receipt of the question the deadline belongs to.
     *
     * @return the receipt of the question the deadline belongs to
     */
    public static MilestoneRef receipt() {
        return new MilestoneRef(Kind.RECEIPT, "");
    }

    /**
     * The receipt of the question with this id.
     *
     * @param questionId the question's id
     * @return the receipt of the question with this id
     */
    public static MilestoneRef receipt(String questionId) {
        return new MilestoneRef(Kind.RECEIPT, questionId);
    }

    /**
     * Reads {@code session}, {@code session:<id>}, {@code task:<id>}, {@code receipt} or {@code receipt:<id>}.
     *
     * @param text the reference as a plan file writes it
     * @return the milestone it names
     * @throws IllegalArgumentException if the text is none of these
     */
    public static MilestoneRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        int colon = t.indexOf(':');
        String key = colon < 0 ? t : t.substring(0, colon);
        String id = colon < 0 ? "" : t.substring(colon + 1);
        for (Kind kind : Kind.values()) {
            if (kind.key.equals(key)) {
                if (colon >= 0 && id.isBlank()) {
                    throw new IllegalArgumentException("milestone '" + text + "' has nothing after ':'");
                }
                return new MilestoneRef(kind, id);
            }
        }
        throw new IllegalArgumentException("unknown milestone '" + text
                + "': write session, session:<id>, task:<id>, receipt or receipt:<id>");
    }

    /**
     * Whether this names "the" session or question rather than one by id.
     *
     * @return whether this names "the" session or question rather than one by id
     */
    public boolean isImplicit() {
        return id.isEmpty();
    }

    /**
     * The milestone as a phrase: "phiên đối thoại" / "the session", "hạn nhiệm vụ 'x'" / "the deadline of task 'x'".
     *
     * @return the milestone as a phrase: "phiên đối thoại" / "the session", "hạn nhiệm vụ 'x'" / "the deadline of task
     *         'x'"
     */
    public Bilingual label() {
        return switch (kind) {
            case SESSION -> id.isEmpty() ? Bilingual.of("phiên đối thoại", "the session")
                    : Bilingual.of("phiên đối thoại '" + id + "'", "session '" + id + "'");
            case TASK -> Bilingual.of("hạn nhiệm vụ '" + id + "'", "the deadline of task '" + id + "'");
            case RECEIPT -> id.isEmpty() ? Bilingual.of("ngày nhận câu hỏi", "receipt of the question")
                    : Bilingual.of("ngày nhận câu hỏi '" + id + "'", "receipt of question '" + id + "'");
        };
    }

    /** As written in plan files, e.g. {@code task:tong-hop-y-kien}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return id.isEmpty() ? kind.key : kind.key + ":" + id;
    }
}
