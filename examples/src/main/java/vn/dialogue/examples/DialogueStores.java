package vn.dialogue.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import vn.dialogue.journal.Durability;
import vn.dialogue.journal.FileEventStore;
import vn.dialogue.journal.LegacyStreams;
import vn.dialogue.participant.InvitationRegistry;
import vn.dialogue.conclusion.ConclusionRegister;
import vn.dialogue.question.QuestionRegistry;
import vn.dialogue.store.EventStore;

/**
 * Where the example keeps its three logs (questions, invitations, the chair's conclusions): journal files in a
 * folder ({@code nhat-ky-cau-hoi.jsonl}, ...), or logs of a PostgreSQL database named after the dialogue
 * ({@code kon-tum-2024/questions}, ...).
 */
public interface DialogueStores {

    /** The questions' log. */
    String QUESTIONS = "questions";
    /** The invitations' log. */
    String INVITATIONS = "invitations";
    /** The conclusions' log. */
    String CONCLUSIONS = "conclusions";

    /**
     * Opens one log for appending.
     *
     * @param log   {@link #QUESTIONS}, {@link #INVITATIONS} or {@link #CONCLUSIONS}
     * @param fresh start it empty (the example's run writes it anew)
     */
    EventStore open(String log, boolean fresh);

    /** Opens one log for reading only. */
    EventStore read(String log);

    /** The journal file of a log, if the logs are files. */
    Optional<Path> file(String log);

    /** Journal files in {@code folder}. */
    static DialogueStores files(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new DialogueStores() {
            @Override
            public EventStore open(String log, boolean fresh) {
                Path file = file(log).orElseThrow();
                try {
                    Files.createDirectories(folder);
                    if (fresh) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("không ghi được thư mục " + folder + " / cannot write folder "
                            + folder + ": " + e.getMessage(), e);
                }
                return FileEventStore.open(file, Durability.BUFFERED, legacy(log));
            }

            @Override
            public EventStore read(String log) {
                Path file = file(log).orElseThrow();
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("không tìm thấy nhật ký " + file + " / journal not found: "
                            + file);
                }
                return FileEventStore.read(file, legacy(log));
            }

            @Override
            public Optional<Path> file(String log) {
                return Optional.of(folder.resolve(fileName(log)));
            }
        };
    }

    /** The example's name for a log's journal file. */
    static String fileName(String log) {
        return switch (log) {
            case QUESTIONS -> "nhat-ky-cau-hoi.jsonl";
            case INVITATIONS -> "nhat-ky-giay-moi.jsonl";
            case CONCLUSIONS -> "nhat-ky-ket-luan.jsonl";
            default -> throw new IllegalArgumentException("unknown log " + log);
        };
    }

    /** How journals of dialogue 0.1 of this log are read. */
    static @Nullable Supplier<LegacyStreams> legacy(String log) {
        return switch (log) {
            case QUESTIONS -> QuestionRegistry.legacy();
            case INVITATIONS -> InvitationRegistry.legacy();
            case CONCLUSIONS -> ConclusionRegister.legacy();
            default -> null;
        };
    }
}
