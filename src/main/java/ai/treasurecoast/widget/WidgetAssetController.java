package ai.treasurecoast.widget;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * /widget.js is the tiny, short-cached loader the embed code names; it loads the versioned script,
 * which is cached for a year. A stale version (a loader cached across a deploy) still gets the
 * current files, with a short cache, rather than a broken widget.
 */
@RestController
class WidgetAssetController {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final WidgetAssets assets;

    WidgetAssetController(WidgetAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/widget.js")
    ResponseEntity<byte[]> loader(HttpServletRequest request) {
        return serve(request, assets.loader(), JAVASCRIPT, "public, max-age=300");
    }

    @GetMapping("/widget/{version}/widget.js")
    ResponseEntity<byte[]> script(@PathVariable String version, HttpServletRequest request) {
        return serve(request, assets.script(), JAVASCRIPT, cacheFor(version));
    }

    @GetMapping("/widget/{version}/widget.css")
    ResponseEntity<byte[]> stylesheet(@PathVariable String version, HttpServletRequest request) {
        return serve(request, assets.stylesheet(), CSS, cacheFor(version));
    }

    private String cacheFor(String version) {
        return assets.version().equals(version) ? IMMUTABLE : "public, max-age=60";
    }

    private static ResponseEntity<byte[]> serve(
            HttpServletRequest request, WidgetAssets.Asset asset, MediaType type, String cache) {
        String accept = request.getHeader("Accept-Encoding");
        boolean gzip = accept != null && accept.contains("gzip");
        var builder = ResponseEntity.ok()
                .contentType(type)
                .header("Cache-Control", cache)
                .header("Vary", "Accept-Encoding")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Access-Control-Allow-Origin", "*");
        if (gzip) {
            return builder.header("Content-Encoding", "gzip").body(asset.gzipped());
        }
        return builder.body(asset.plain());
    }
}
