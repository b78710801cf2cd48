package vn.dialogue.planfile;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import vn.dialogue.text.Bilingual;
import vn.dialogue.text.YamlCheck;

/** {@link YamlFiles} as the {@link YamlCheck} service, for the calendar's notice files. Thread-safe. */
public final class YamlFilesCheck implements YamlCheck {

    @Override
    public String read(Path file, Bilingual kind) {
        return refusing(() -> YamlFiles.read(file, kind));
    }

    @Override
    public String text(String name, byte[] bytes, Bilingual kind) {
        return refusing(() -> YamlFiles.text(name, bytes, kind));
    }

    @Override
    public String check(String name, String text, Bilingual kind) {
        return refusing(() -> {
            String checked = YamlFiles.text(name, text, kind);
            YamlFiles.check(name, checked, kind);
            return checked;
        });
    }

    private static String refusing(Supplier<String> read) {
        try {
            return read.get();
        } catch (PlanFileException e) {
            Problem first = e.problems().get(0);
            String all = e.problems().size() == 1 ? first.message() : first.message() + " (+" + (e.problems().size() - 1)
                    + ": " + e.problems().subList(1, e.problems().size()).stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")) + ")";
            throw new YamlCheck.Refused(e.file(), first.line(), first.column(), first.path(), all, e);
        }
    }
}
