package ai.treasurecoast.widget;

import ai.treasurecoast.ops.ClientAddresses;
import ai.treasurecoast.ops.ErrorTracker;
import ai.treasurecoast.ops.Problems;
import ai.treasurecoast.workspace.PublicBot;
import ai.treasurecoast.workspace.Workspaces;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every public widget call: resolves the bot from the path, applies its CORS rule
 * (its allowed origins, else any; never credentials), answers preflights, and takes tokens from
 * the rate-limit buckets of the client IP, the bot and the workspace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WidgetGuardFilter extends OncePerRequestFilter {

    static final String BOT_ATTRIBUTE = WidgetGuardFilter.class.getName() + ".bot";
    private static final String PREFIX = "/api/widget/";

    private final Workspaces workspaces;
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final WidgetSettings settings;
    private final ErrorTracker errors;

    WidgetGuardFilter(
            Workspaces workspaces,
            RateLimiter limiter,
            ClientAddresses addresses,
            WidgetSettings settings,
            ErrorTracker errors) {
        this.workspaces = workspaces;
        this.limiter = limiter;
        this.addresses = addresses;
        this.settings = settings;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] parts = request.getRequestURI().substring(PREFIX.length()).split("/");
        Optional<PublicBot> bot = parts.length == 3 ? workspaces.findPublicBot(parts[1], parts[2]) : Optional.empty();
        String origin = request.getHeader("Origin");
        List<String> allowed = bot.map(b -> b.bot().allowedOrigins()).orElse(List.of());
        boolean originAllowed = origin == null || allowed.isEmpty() || isListed(origin, allowed);
        if (allowed.isEmpty() || origin != null) {
            response.setHeader("Access-Control-Allow-Origin", allowed.isEmpty() ? "*" : origin);
        }
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", "Retry-After, X-Request-Id, ETag");
        if ("OPTIONS".equals(request.getMethod())) {
            preflight(response, originAllowed);
            return;
        }
        if (!originAllowed) {
            // The refusal itself is readable (the header above echoes the origin), so the widget's
            // diagnostics can tell the site owner exactly why the chat does not load.
            Problems.write(
                    request,
                    response,
                    403,
                    "Forbidden",
                    "This website (" + sanitize(origin) + ") is not on this chat's list of allowed websites.");
            return;
        }
        if (settings.rateLimitsEnabled()) {
            RateLimiter.Decision decision = limit(request, bot);
            if (!decision.allowed()) {
                long wait = decision.retryAfterSeconds();
                response.setHeader("Retry-After", Long.toString(wait));
                Problems.write(
                        request,
                        response,
                        429,
                        "Too Many Requests",
                        "Too many requests. Please wait " + wait + (wait == 1 ? " second" : " seconds")
                                + " and try again.");
                return;
            }
        }
        bot.ifPresent(b -> request.setAttribute(BOT_ATTRIBUTE, b));
        chain.doFilter(request, response);
    }

    private RateLimiter.Decision limit(HttpServletRequest request, Optional<PublicBot> bot) {
        String ip = addresses.clientIp(request);
        List<RateLimiter.Limit> limits = new ArrayList<>();
        if ("GET".equals(request.getMethod())) {
            limits.add(limit("cfg:ip:" + ip, settings.configPerMinute()));
        } else {
            limits.add(limit("ip:" + ip, settings.ipPerMinute()));
            bot.ifPresent(b -> {
                limits.add(limit("bot:" + b.workspace().id() + ":" + b.bot().botId(), settings.botPerMinute()));
                limits.add(limit("ws:" + b.workspace().id(), settings.workspacePerMinute()));
            });
        }
        try {
            return limiter.take(limits);
        } catch (RuntimeException e) {
            // A limiter that cannot reach the database must not turn visitors away; the request
            // itself will fail cleanly if the database is really down.
            errors.record("rate_limit", e);
            return new RateLimiter.Decision(true, 0);
        }
    }

    private static RateLimiter.Limit limit(String key, int perMinute) {
        return new RateLimiter.Limit(key, Math.max(1, perMinute), Math.max(1, perMinute) / 60.0);
    }

    private static void preflight(HttpServletResponse response, boolean originAllowed) {
        if (!originAllowed) {
            response.setStatus(403);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key, X-Request-Id");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(204);
    }

    static boolean isListed(String origin, List<String> allowed) {
        String normalized = normalize(origin);
        return allowed.stream().anyMatch(a -> normalize(a).equals(normalized));
    }

    private static String normalize(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    private static String sanitize(String origin) {
        String s = origin.replaceAll("[^A-Za-z0-9:/._-]", "");
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
