package ai.treasurecoast.identity;

import ai.treasurecoast.ops.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Defence in depth beside CSRF tokens: an unsafe request whose Origin (or Referer) names another
 * site, or that the browser marks as cross-site, is refused with 403 before anything runs.
 */
class OriginCheckFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String baseOrigin;

    OriginCheckFilter(String baseUrl) {
        this.baseOrigin = origin(baseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            if (request.getRequestURI().startsWith("/api/")) {
                Problems.write(request, response, 403, "Forbidden", "Cross-site requests are not allowed.");
            } else {
                response.sendError(403);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String claimed = request.getHeader("Origin");
        if (claimed == null || claimed.isBlank()) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return false;
            }
            claimed = origin(referer);
        }
        if ("null".equals(claimed)) {
            // Browsers send an opaque origin from no-referrer pages (set-password); their own
            // Sec-Fetch-Site, which pages cannot forge, still tells whether the form is ours.
            return !"same-origin".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        }
        String normalized = origin(claimed);
        return normalized == null || !(normalized.equals(baseOrigin) || normalized.equals(requestOrigin(request)));
    }

    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return null;
        }
        return origin(request.getScheme() + "://" + host);
    }

    static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (port == -1) {
                port = "https".equals(scheme) ? 443 : 80;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
