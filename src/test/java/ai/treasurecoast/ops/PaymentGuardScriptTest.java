package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payment guard of the deploy gate, run on small trees that do and do not bring payments. */
class PaymentGuardScriptTest {

    @TempDir
    Path tree;

    @Test
    void passesOnATreeWithoutPaymentProcessing() throws Exception {
        write("pom.xml", "<dependency><artifactId>spring-boot-starter-webmvc</artifactId></dependency>");
        write("src/main/java/A.java", "class A { String refuse = \"we never take PayPal or card payments in chat\"; }");
        assertThat(run().exit).isZero();
    }

    @Test
    void failsOnAPaymentSdkAndNamesOnlyTheFile() throws Exception {
        // Built from parts so that the guard, scanning this repository, does not flag this test itself.
        String sdk = "stripe" + "-java";
        write(
                "pom.xml",
                "<dependency><groupId>com." + "stripe</groupId><artifactId>" + sdk + "</artifactId></dependency>");
        Result result = run();
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("./pom.xml").doesNotContain(sdk);
    }

    @Test
    void failsOnACardNumberField() throws Exception {
        write("src/main/resources/templates/pay.html", "<input name=\"cvv\" autocomplete=\"cc-csc\">");
        assertThat(run().exit).isEqualTo(1);
    }

    private void write(String path, String content) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Result run() throws Exception {
        Process process = new ProcessBuilder("bash", "scripts/guard-no-payments.sh", tree.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int exit, String output) {}
}
