package vn.dialogue.examples.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.calendar.WorkingCalendar;
import vn.dialogue.deadline.DeadlineContext;
import vn.dialogue.export.Format;
import vn.dialogue.export.InvitationDocument;
import vn.dialogue.export.PlanCalendar;
import vn.dialogue.export.PlanDocument;
import vn.dialogue.export.ProgrammeDocument;
import vn.dialogue.export.wording.Wording;
import vn.dialogue.plan.Plan;
import vn.dialogue.planfile.PlanFiles;

/** {@code dialogue export PLAN --out DIR}: the plan's documents in the chosen formats. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    /** What the command can write. */
    enum Kind {
        DOCX, PDF, HTML, ICS
    }

    @ParentCommand
    DialogueCommand parent;

    @Parameters(paramLabel = "PLAN", descriptionKey = "plan")
    Path plan;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT")
    Set<Kind> formats = EnumSet.allOf(Kind.class);

    @Option(names = "--wording", paramLabel = "FILE")
    Path wording;

    @Override
    public Integer call() throws Exception {
        Plan read = PlanFiles.read(plan);
        Files.createDirectories(out);
        Wording words = Locale.ENGLISH.getLanguage().equals(parent.locale().getLanguage()) ? Wording.english()
                : Wording.vietnamese();
        if (wording != null) {
            words = words.overriddenBy(wording);
        }
        List<Path> written = new ArrayList<>();
        PlanDocument planDocument = PlanDocument.of(read).withWording(words);
        ProgrammeDocument programme = ProgrammeDocument.of(read).withWording(words);
        InvitationDocument invitations = InvitationDocument.of(read).withWording(words);
        for (Kind kind : formats) {
            if (kind == Kind.ICS) {
                Instant stamp = read.identity().issueDate() == null ? Instant.EPOCH
                        : java.time.LocalDate.of(read.identity().issueDate().year(), 1, 1)
                                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
                Path file = out.resolve("lich.ics");
                try (OutputStream o = Files.newOutputStream(file)) {
                    PlanCalendar.of(read, DeadlineContext.of(WorkingCalendar.vietnam()), stamp).write(o);
                }
                written.add(file);
                continue;
            }
            Format format = Format.valueOf(kind.name());
            String ext = "." + kind.name().toLowerCase(Locale.ROOT);
            written.add(write(out.resolve("ke-hoach" + ext), o -> planDocument.render(format, o)));
            written.add(write(out.resolve("chuong-trinh" + ext), o -> programme.render(format, o)));
            Path merged = out.resolve("giay-moi" + ext);
            invitations.writeMerged(invitations.inviteesFromDelegateList(), merged);
            written.add(merged);
        }
        var o = parent.spec.commandLine().getOut();
        written.forEach(p -> o.println(p));
        o.flush();
        return DialogueCommand.OK;
    }

    private interface Render {
        void to(OutputStream out) throws java.io.IOException;
    }

    private static Path write(Path file, Render render) throws java.io.IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            render.to(o);
        }
        return file;
    }
}
