package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The build's size gate, the CSP rules the widget's own files must keep, and its one-script serving. */
class WidgetAssetsTest {

    static final int CEILING_BYTES = 15 * 1024;

    @Test
    void loaderScriptAndStylesheetTogetherStayUnder15KilobytesGzipped() {
        WidgetAssets assets = new WidgetAssets();
        int total = assets.loader().gzipped().length
                + assets.script().gzipped().length
                + assets.stylesheet().gzipped().length;
        System.out.printf(
                "widget gzipped: loader %d B, script %d B, stylesheet %d B, total %d B%n",
                assets.loader().gzipped().length,
                assets.script().gzipped().length,
                assets.stylesheet().gzipped().length,
                total);
        assertThat(total).isLessThanOrEqualTo(CEILING_BYTES);
    }

    @Test
    void theWidgetUsesNoEvalNoInnerHtmlAndNoInlineStyles() {
        String js = text(new WidgetAssets().script().plain()) + text(WidgetAssets.read("loader.js"));
        assertThat(js)
                .doesNotContain(
                        "eval(",
                        "new Function",
                        "innerHTML",
                        "outerHTML",
                        "insertAdjacentHTML",
                        "document.write",
                        "setAttribute('style'",
                        "cssText",
                        "<style");
        assertThat(js.replace("wrap.style.setProperty('--tcai-primary'", "")).doesNotContain(".style");
        assertThat(js).doesNotContainPattern("https?://(?!/)");
    }

    @Test
    void theVersionIsTheContentHashAndTheLoaderNamesIt() {
        WidgetAssets assets = new WidgetAssets();
        assertThat(assets.version()).matches("[0-9a-f]{12}");
        String loader = new String(assets.loader().plain(), StandardCharsets.UTF_8);
        assertThat(loader)
                .contains("/widget/" + assets.version() + "/widget.js")
                .doesNotContain("__VERSION__");
    }

    @Test
    void theScriptIsTheTranscriptThenTheFormsAndItsVersionCoversBoth() throws IOException {
        WidgetAssets assets = new WidgetAssets();
        String transcript = text(WidgetAssets.read("widget.js"));
        String forms = text(WidgetAssets.read("widget-forms.js"));
        String served = text(assets.script().plain());

        assertThat(WidgetAssets.SCRIPT_PARTS).containsExactly("widget.js", "widget-forms.js");
        assertThat(served).isEqualTo(transcript + forms);
        assertThat(transcript).contains("function reply(").endsWith("\n");
        assertThat(forms).contains("function openForm(").endsWith("})();\n");
        assertThat(served.indexOf("function reply(")).isLessThan(served.indexOf("function openForm("));
        try (var gz =
                new GZIPInputStream(new ByteArrayInputStream(assets.script().gzipped()))) {
            assertThat(gz.readAllBytes()).isEqualTo(assets.script().plain());
        }

        for (String part : WidgetAssets.SCRIPT_PARTS) {
            WidgetAssets edited = new WidgetAssets(name -> name.equals(part)
                    ? (text(WidgetAssets.read(name)) + "// edit\n").getBytes(StandardCharsets.UTF_8)
                    : WidgetAssets.read(name));
            assertThat(edited.version()).as("version after editing " + part).isNotEqualTo(assets.version());
            assertThat(text(edited.loader().plain())).contains("/widget/" + edited.version() + "/widget.js");
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
