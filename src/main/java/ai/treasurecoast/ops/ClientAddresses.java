package ai.treasurecoast.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client's IP address. {@code X-Forwarded-For} is believed only when the connection comes
 * from a trusted proxy (TRUSTED_PROXIES); the right-most untrusted hop is the client.
 */
@Component
public class ClientAddresses {

    private final List<Cidr> trusted;

    ClientAddresses(@Value("${app.trusted-proxies:}") String trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        for (String part : trustedProxies.split("[,\\s]+")) {
            if (!part.isBlank()) {
                list.add(Cidr.parse(part.trim()));
            }
        }
        this.trusted = List.copyOf(list);
    }

    public String clientIp(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    private boolean isTrusted(String address) {
        byte[] bytes = Cidr.literal(address);
        return bytes != null && trusted.stream().anyMatch(c -> c.contains(bytes));
    }

    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] net = literal(parts[0]);
            if (net == null) {
                throw new IllegalArgumentException("TRUSTED_PROXIES has an entry that is not an IP address or CIDR");
            }
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
            return new Cidr(net, prefix);
        }

        /** Parses IP literals only; never resolves a host name. */
        static byte[] literal(String address) {
            if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
                return null;
            }
            try {
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
