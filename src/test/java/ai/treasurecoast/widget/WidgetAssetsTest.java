package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build's size gate and the CSP rules the widget's own files must keep. */
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
        String js = new String(WidgetAssets.read("widget.js"), StandardCharsets.UTF_8)
                + new String(WidgetAssets.read("loader.js"), StandardCharsets.UTF_8);
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
}
