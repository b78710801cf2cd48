package vn.dialogue.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.examples.KonTum2024;
import vn.dialogue.examples.QuangNgai2026;

/** {@code dialogue demo}: runs the 2024 Kon Tum women's dialogue end to end and writes its documents. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the 2024 Kon Tum women's dialogue end to end and write every document to the out folder; "
                + "then script the 2026 plan of the merged province from it.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Option(names = "--plan", defaultValue = "examples/plans/kon-tum-2024-phu-nu.yaml",
            description = "The plan file (default: ${DEFAULT-VALUE}).")
    Path plan;

    @Option(names = "--mapping", defaultValue = "examples/plans/mappings/kon-tum-2024-to-quang-ngai-2026.yaml",
            description = "The mapping file of the next-year example (default: ${DEFAULT-VALUE}).")
    Path mapping;

    @Option(names = "--out", defaultValue = "out", description = "Folder for the documents (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        var log = parent.spec.commandLine().getOut();
        KonTum2024.Result result = new KonTum2024(plan, out, log).run();
        QuangNgai2026.Result next = new QuangNgai2026(plan, mapping, result.carryOverFile(), out, log).run();
        return result.report().hasErrors() || next.report().hasErrors() ? DialogueCommand.FINDINGS
                : DialogueCommand.OK;
    }
}
