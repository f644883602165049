package ai.treasurecoast.widget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The widget's files, read once. Their content hash is the version in the immutable asset path
 * (/widget/{version}/widget.js), so a new build can never be served from a stale cache.
 */
@Component
class WidgetAssets {

    static final String DIR = "widget-assets/";

    /** Joined in this order into one script: widget.js opens the closure that widget-forms.js closes. */
    static final List<String> SCRIPT_PARTS = List.of("widget.js", "widget-forms.js");

    private final Asset script;
    private final Asset stylesheet;
    private final Asset loader;
    private final String version;

    WidgetAssets() {
        this(WidgetAssets::read);
    }

    /** Takes the file reader so a test can change one part and see the version follow. */
    WidgetAssets(Function<String, byte[]> files) {
        byte[] js = join(SCRIPT_PARTS, files);
        byte[] css = files.apply("widget.css");
        this.version = versionOf(js, css);
        this.script = Asset.of(js);
        this.stylesheet = Asset.of(css);
        this.loader = Asset.of(new String(files.apply("loader.js"), StandardCharsets.UTF_8)
                .replace("__VERSION__", version)
                .getBytes(StandardCharsets.UTF_8));
    }

    String version() {
        return version;
    }

    Asset script() {
        return script;
    }

    Asset stylesheet() {
        return stylesheet;
    }

    Asset loader() {
        return loader;
    }

    /** The bytes and their gzip form, precomputed so serving costs nothing. */
    record Asset(byte[] plain, byte[] gzipped) {
        static Asset of(byte[] plain) {
            return new Asset(plain, gzip(plain));
        }
    }

    static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(DIR + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing widget asset " + name, e);
        }
    }

    static byte[] join(List<String> names, Function<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : names) {
            out.writeBytes(files.apply(name));
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String versionOf(byte[] js, byte[] css) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(js);
            digest.update(css);
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
