package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private static MockHttpServletRequest request(String remote, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientAddresses addresses = new ClientAddresses("");
        assertThat(addresses.clientIp(request("198.51.100.7", "1.2.3.4"))).isEqualTo("198.51.100.7");
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
        assertThat(addresses.clientIp(request("198.51.100.7", "1.2.3.4"))).isEqualTo("198.51.100.7");
    }

    @Test
    void theRightMostUntrustedHopBehindTrustedProxiesIsTheClient() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 192.168.1.1");
        assertThat(addresses.clientIp(request("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
        // A client may prepend anything; only hops added by our proxies count.
        assertThat(addresses.clientIp(request("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.168.1.1")))
                .isEqualTo("203.0.113.9");
        assertThat(addresses.clientIp(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
        assertThat(addresses.clientIp(request("192.168.1.2", "203.0.113.9"))).isEqualTo("192.168.1.2");
    }

    @Test
    void ipv6RangesWork() {
        ClientAddresses addresses = new ClientAddresses("fd00::/8");
        assertThat(addresses.clientIp(request("fd12::1", "2001:db8::5"))).isEqualTo("2001:db8::5");
        assertThat(addresses.clientIp(request("2001:db8::9", "2001:db8::5"))).isEqualTo("2001:db8::9");
    }

    @Test
    void aMalformedTrustedProxiesSettingFailsAtStart() {
        assertThatThrownBy(() -> new ClientAddresses("not-an-ip")).isInstanceOf(IllegalArgumentException.class);
    }
}
