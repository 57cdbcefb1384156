package fr.iae.conventioning.workspace;

import fr.iae.conventioning.security.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkspaceConfiguration {

  @Bean
  FilterRegistrationBean<WorkspaceFilter> workspaceAuthentication(WebappSession session,
      IdentityService identityService) {
    FilterRegistrationBean<WorkspaceFilter> registration =
        new FilterRegistrationBean<>(new WorkspaceFilter(session, identityService));
    registration.addUrlPatterns("/espace", "/espace/*");
    registration.setName("workspace-authentication");
    return registration;
  }
}
