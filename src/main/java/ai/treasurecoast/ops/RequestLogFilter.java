package ai.treasurecoast.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Outermost filter: assigns the request id, puts it in the MDC and the response, and writes one
 * log line per request with route, status and latency once everything inside has run.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("ai.treasurecoast.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - start) / 1_000;
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            MDC.put("route", request.getMethod() + " " + (pattern != null ? pattern : "unmatched"));
            MDC.put("status", Integer.toString(response.getStatus()));
            MDC.put("latencyMs", Long.toString(micros / 1_000));
            if (!request.getRequestURI().startsWith("/webjars/")) {
                log.info(
                        "{} {} {} in {} ms",
                        request.getMethod(),
                        pattern != null ? pattern : "unmatched",
                        response.getStatus(),
                        micros / 1000.0);
            }
            MDC.clear();
        }
    }
}
