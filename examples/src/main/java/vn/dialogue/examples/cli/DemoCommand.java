package vn.dialogue.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.examples.KonTum2024;
import vn.dialogue.examples.QuangNgai2026;

/**
 * {@code dialogue demo}: runs the 2024 Kon Tum women's dialogue end to end and writes its documents. Without
 * {@code --plan} it takes the sample plan and mapping shipped inside the jar (the build copies {@code examples/plans}
 * into it), copied into {@code OUT/mau}, so that it runs from any folder and leaves the sample where one can edit it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** Where the build puts {@code examples/plans} inside the jar. */
    static final String SHIPPED = "/vn/dialogue/examples/plans/";
    static final String SAMPLE_PLAN = "kon-tum-2024-phu-nu.yaml";
    static final String SAMPLE_MAPPING = "mappings/kon-tum-2024-to-quang-ngai-2026.yaml";

    @ParentCommand
    DialogueCommand parent;

    @Option(names = "--plan", paramLabel = "FILE")
    Path plan;

    @Option(names = "--mapping", paramLabel = "FILE")
    Path mapping;

    @Option(names = "--out", defaultValue = "out", paramLabel = "OUT")
    Path out;

    @Option(names = "--store", paramLabel = "URL", descriptionKey = "store")
    String store;

    @Option(names = "--dialogue", defaultValue = "kon-tum-2024", paramLabel = "NAME", descriptionKey = "dialogue")
    String dialogue;

    @Override
    public Integer call() throws Exception {
        var log = parent.spec.commandLine().getOut();
        Path samples = out.resolve("mau");
        Path planFile = plan;
        if (planFile == null) {
            planFile = shipped(SAMPLE_PLAN, samples);
            log.println(parent.language().say("out.sample", planFile));
        }
        Path mappingFile = mapping != null ? mapping : shipped(SAMPLE_MAPPING, samples);
        vn.dialogue.examples.DialogueStores stores = store == null ? vn.dialogue.examples.DialogueStores.files(out)
                : DatabaseStores.of(store, dialogue);
        KonTum2024.Result result = new KonTum2024(planFile, out, log, stores).run();
        QuangNgai2026.Result next = new QuangNgai2026(planFile, mappingFile, result.carryOverFile(), out, log).run();
        return result.report().hasErrors() || next.report().hasErrors() ? DialogueCommand.FINDINGS
                : DialogueCommand.OK;
    }

    /** Copies a file shipped inside the jar into {@code folder}, keeping its name. */
    static Path shipped(String name, Path folder) {
        Path target = folder.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = DemoCommand.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its sample " + SHIPPED + name);
            }
            Files.createDirectories(folder);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
