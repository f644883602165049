package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.ServiceOffering;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyTextsTest {

    private static ServiceOffering service(String name) {
        return new ServiceOffering(UUID.randomUUID(), name, "", null, null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theServicesListedSayHowManyMoreThereAre() {
        List<ServiceOffering> twelve = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> service("Service " + i))
                .toList();
        Reply reply = ReplyTexts.overview(twelve, 17);
        assertThat(reply.text()).contains("Service 12 and 5 more.");
        assertThat(reply.sources()).hasSize(12);
    }

    @Test
    void namesWithCommasOrEndingsStayReadable() {
        Reply reply = ReplyTexts.overview(List.of(service("Cut, color & style"), service("Keratin treatment etc.")), 2);
        assertThat(reply.text()).contains("include Cut, color & style and Keratin treatment etc. Ask me");
        assertThat(ReplyTexts.overview(List.of(service("Cut, color & style"), service("Blowout"), service("Trim")), 3)
                        .text())
                .contains("Cut, color & style; Blowout and Trim");
        assertThat(ReplyTexts.overview(List.of(), 0)).isNull();
    }
}
