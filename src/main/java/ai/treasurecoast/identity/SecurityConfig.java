package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditRecorder;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Two filter chains. The public one (widget API, health, static assets) is stateless: no
 * session, no cookies, no CSRF. Everything else (auth, admin API, console) uses the JDBC
 * session, CSRF tokens, an origin check and a nonce-based CSP.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {
        "/api/widget/**",
        "/api/health",
        "/widget.js",
        "/widget/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/robots.txt"
    };

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** No user store for Spring's own login forms: logins go through {@link LoginService} only. */
    @Bean
    UserDetailsService noUserDetails() {
        return username -> {
            throw new UsernameNotFoundException("Not used");
        };
    }

    @Bean
    CookieSerializer cookieSerializer(AppEnvironment env) {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName(env.production() ? "__Host-TCAI_SESSION" : "TCAI_SESSION");
        cookies.setUseSecureCookie(env.production());
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        cookies.setCookiePath("/");
        return cookies;
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .cors(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.requestCache(new NullRequestCache()))
                .anonymous(a -> {})
                .headers(h -> h.cacheControl(c -> c.disable()).frameOptions(f -> f.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain sessionChain(
            HttpSecurity http,
            SecurityContextRepository contexts,
            UserRepository users,
            IdentitySettings settings,
            AppEnvironment env,
            AuditRecorder audit)
            throws Exception {
        SecurityProblemHandlers handlers = new SecurityProblemHandlers(audit);
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/auth/csrf")
                        .permitAll()
                        .requestMatchers("/api/auth/login", "/api/auth/password-reset/**")
                        .permitAll()
                        .requestMatchers("/admin/login", "/admin/set-password", "/admin/forgot-password", "/error")
                        .permitAll()
                        .requestMatchers("/api/health/internal", "/actuator/**")
                        .hasRole("SUPER_ADMIN")
                        .requestMatchers("/api/**", "/admin/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .securityContext(c -> c.securityContextRepository(contexts))
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .cors(c -> c.disable())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .requestCache(r -> r.requestCache(new NullRequestCache()))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new OriginCheckFilter(env.baseUrl()), CsrfFilter.class)
                .addFilterAfter(new ActorRefreshFilter(users, settings), SecurityContextHolderFilter.class)
                .addFilterBefore(new ContentSecurityPolicyFilter(), SecurityContextHolderFilter.class)
                .headers(h -> {
                    h.referrerPolicy(
                            r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
                    h.frameOptions(f -> f.deny());
                    if (env.production()) {
                        // TLS usually ends at the load balancer, so the request looks insecure here; send HSTS
                        // anyway (browsers ignore it over plain http).
                        h.httpStrictTransportSecurity(s -> s.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
                    } else {
                        h.httpStrictTransportSecurity(s -> s.disable());
                    }
                });
        return http.build();
    }
}
