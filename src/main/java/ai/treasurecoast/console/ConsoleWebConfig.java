package ai.treasurecoast.console;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.Users;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.workspace.Workspaces;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConsoleWebConfig implements WebMvcConfigurer {

    private final ConsoleModelInterceptor interceptor;

    ConsoleWebConfig(
            WorkspaceAccess access, Workspaces workspaces, SafeMode safeMode, NotificationBanner banner, Users users) {
        this.interceptor = new ConsoleModelInterceptor(access, workspaces, safeMode, banner, users);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/admin", "/admin/**");
    }
}
