package vn.dialogue.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dialogue.planfile.PlanSchema;

/** {@code dialogue schema}: the JSON Schema of plan files, for editors that complete and check YAML as one types. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    DialogueCommand parent;

    @Option(names = {"-o", "--output"})
    Path output;

    @Override
    public Integer call() throws Exception {
        String schema = PlanSchema.json();
        if (output == null) {
            parent.spec.commandLine().getOut().println(schema);
            parent.spec.commandLine().getOut().flush();
        } else {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, schema + "\n", StandardCharsets.UTF_8);
        }
        return DialogueCommand.OK;
    }
}
