package vn.dialogue.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import vn.dialogue.export.CompiledSubmissionsDocument;
import vn.dialogue.export.PublicAnswersPage;
import vn.dialogue.export.RoutingLetters;
import vn.dialogue.export.testing.Samples;
import vn.dialogue.export.testing.SeedParticipants;
import vn.dialogue.export.testing.SeedQuestions;
import vn.dialogue.plan.Plan;
import vn.dialogue.question.Question;

/**
 * The HTML pages opened in a real browser, headless Chromium, at a phone's width (400 px) and a desk's (1200 px),
 * and measured there: the page never scrolls sideways, the national name and the motto keep to one line each, the
 * body text is at least 12 px. A copy of the page, a small script added, is laid out in a frame of the width; the
 * script writes the measures into the frame's parent, which Chromium prints ({@code --dump-dom}); a screenshot of each is left in {@code target/html-screenshots} to look at.
 * Without Chromium the test fails in CI ({@code CI=true}) and is skipped elsewhere, saying why ({@code
 * .ci/chromium.sh} installs it).
 */
class HtmlInABrowserTest {

    private static final Plan PLAN = SeedParticipants.plan();
    private static final List<Question> QUESTIONS = SeedQuestions.questions(PLAN);

    /** Writes the measures as JSON-like "key=value" lines into a pre element the DOM dump carries. */
    private static final String PROBE = "<script>\n"
            + "window.addEventListener('load', () => {\n"
            + "  const d = document.documentElement;\n"
            + "  const lines = el => { const r = document.createRange(); r.selectNodeContents(el);\n"
            + "    return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };\n"
            + "  const out = [];\n"
            + "  out.push('scrollWidth=' + d.scrollWidth);\n"
            + "  out.push('clientWidth=' + d.clientWidth);\n"
            + "  document.querySelectorAll('.nation, .motto').forEach(e => out.push('lines ' + e.className + '=' + lines(e)));\n"
            + "  const p = document.querySelector('p.body, p.justify, p.left, ul.items li, td');\n"
            + "  if (p) out.push('fontPx=' + parseFloat(getComputedStyle(p).fontSize));\n"
            + "  const viewport = document.querySelector('meta[name=viewport]');\n"
            + "  out.push('viewport=' + (viewport ? viewport.content : ''));\n"
            + "  const pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = out.join('\\n');\n"
            + "  parent.document.body.appendChild(pre);\n"
            + "});\n"
            + "</script>\n";

    @TempDir
    Path dir;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("hoi-dap", PublicAnswersPage.of(PLAN, QUESTIONS).html()),
                Arguments.of("tong-hop-y-kien", HtmlRenderer.create().toHtml(
                        CompiledSubmissionsDocument.of(PLAN, QUESTIONS).withTimestamp(Samples.STAMP).layout())),
                Arguments.of("cong-van", HtmlRenderer.create().toHtml(
                        RoutingLetters.of(PLAN, QUESTIONS).withTimestamp(Samples.STAMP).merged())),
                Arguments.of("every-block", HtmlRenderer.create().toHtml(Samples.everyBlock(Samples.BODY))));
    }

    private static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static String browser() {
        Optional<String> found = chromium();
        if (found.isEmpty()) {
            String why = "Chromium is not installed (bash .ci/chromium.sh installs it): the HTML pages cannot be "
                    + "measured in a browser";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    private String run(String browser, int width, String... what) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=" + width + ",900", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=5000"));
        cmd.addAll(List.of(what));
        Path log = Files.createTempFile(dir, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("Chromium did not finish in 120 s: " + String.join(" ", cmd));
        }
        assertThat(p.exitValue()).as("Chromium's exit code; its errors: " + Files.readString(log)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_read_at_a_phones_width_and_at_a_desks_without_scrolling_sideways(String name, String html)
            throws IOException, InterruptedException {
        String browser = browser();
        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        String probed = html.replace("</body>", PROBE + "</body>").replace("&", "&amp;").replace("\"", "&quot;");
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path shots = Path.of("target", "html-screenshots");
        Files.createDirectories(shots);
        for (int width : new int[] {400, 1200}) {
            // WHEN the page is laid out by the browser at this width: in a frame of exactly that width (a headless
            // window is never narrower than 500 px), the measures written into the frame's parent
            Path harness = dir.resolve(name + "-" + width + "-probe.html");
            Files.writeString(harness, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"width:" + width
                    + "px;height:900px;border:0\" srcdoc=\"" + probed + "\"></iframe></body></html>",
                    StandardCharsets.UTF_8);
            String dom = run(browser, 1300, "--dump-dom", harness.toUri().toString());
            Matcher m = Pattern.compile("<pre id=\"probe\">([^<]*)</pre>").matcher(dom);
            assertThat(m.find()).as(name + " at " + width + " px: the probe ran").isTrue();
            List<String> measures = List.of(m.group(1).split("\n"));
            int scroll = value(measures, "scrollWidth");
            int client = value(measures, "clientWidth");
            // THEN nothing sticks out sideways
            assertThat(scroll).as(name + " at " + width + " px: page width").isLessThanOrEqualTo(client);
            assertThat(client).isBetween(width - 20, width);
            // AND the national name and the motto each keep to one line
            List<String> lines = measures.stream().filter(l -> l.startsWith("lines ")).toList();
            assertThat(lines).as(name + " at " + width + " px").allMatch(l -> l.endsWith("=1"));
            if (html.contains("class=\"two-col\"")) {
                assertThat(lines).as(name + ": the header's national name and motto were measured").hasSizeGreaterThanOrEqualTo(2);
            }
            // AND the text is large enough to read
            assertThat(value(measures, "fontPx")).as(name + " at " + width + " px: body text").isGreaterThanOrEqualTo(12);
            run(browser, width, "--screenshot=" + shots.resolve(name + "-" + width + ".png").toAbsolutePath(),
                    page.toUri().toString());
        }
    }

    private static int value(List<String> measures, String key) {
        return measures.stream().filter(l -> l.startsWith(key + "=")).findFirst()
                .map(l -> (int) Math.round(Double.parseDouble(l.substring(key.length() + 1))))
                .orElseThrow(() -> new AssertionError("no " + key + " in " + measures));
    }
}
