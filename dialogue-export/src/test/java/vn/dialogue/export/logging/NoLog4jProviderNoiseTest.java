package vn.dialogue.export.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * POI logs through the Log4j API, which prints {@code ERROR Log4j API could not find a logging provider.} in a host
 * that has no Log4j provider. dialogue-export depends on {@code log4j-to-slf4j}, so rendering in a host that has
 * only this module's dependencies prints no such line; without the bridge it does, which shows this test can fail.
 * Each case runs in a fresh JVM: the Log4j API speaks once per JVM, when it starts.
 */
class NoLog4jProviderNoiseTest {

    private static final String NOISE = "Log4j API could not find a logging provider";

    @Test
    void should_render_without_the_log4j_provider_error_with_the_dependencies_of_dialogue_export() throws Exception {
        String output = run(classPath());
        assertThat(output).contains("rendered ").doesNotContain(NOISE);
    }

    @Test
    void should_print_the_error_when_the_bridge_is_left_out() throws Exception {
        List<String> withoutBridge = classPath().stream().filter(e -> !e.contains("log4j-to-slf4j"))
                .collect(Collectors.toList());
        assertThat(withoutBridge).hasSize(classPath().size() - 1);
        assertThat(run(withoutBridge)).contains("rendered ").contains(NOISE);
    }

    /** The test class path of this JVM, as Surefire gives it. */
    private static List<String> classPath() {
        String cp = System.getProperty("java.class.path");
        List<String> entries = Arrays.asList(cp.split(File.pathSeparator));
        assertThat(entries).as("the real class path, not a manifest-only jar").anyMatch(e -> e.contains("poi-ooxml"));
        return entries;
    }

    /** Runs {@link RenderInFreshJvm} on {@code classPath}; its standard output and error, merged. */
    private static String run(List<String> classPath) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                "-Djava.awt.headless=true", "-Dpdfbox.fontcache=" + System.getProperty("pdfbox.fontcache",
                System.getProperty("java.io.tmpdir")), RenderInFreshJvm.class.getName());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
