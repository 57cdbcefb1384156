package fr.iae.conventioning.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import jakarta.servlet.FilterConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both REST APIs require HTTP basic authentication, verified by one {@link CachedBasicAuthentication}; the webapps
 * and the workspace share their login.
 */
@Configuration
public class SecurityConfiguration {

  @Bean
  CachedBasicAuthentication basicAuthentication(CredentialProperties properties) {
    return new CachedBasicAuthentication(properties);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      CachedBasicAuthentication authentication) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthentication(authentication));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("engine-rest-authentication");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine, ObjectMapper objectMapper,
      WebappSession session, CachedBasicAuthentication authentication) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, objectMapper, session, authentication));
    registration.addUrlPatterns("/api/*");
    registration.setName("api-authentication");
    return registration;
  }

  /** The engine's filter for {@code /engine-rest}, given the application's provider instead of one it would create. */
  static class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    EngineRestAuthentication(CachedBasicAuthentication provider) {
      this.authenticationProvider = provider;
    }

    @Override
    public void init(FilterConfig filterConfig) {
      servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
    }
  }
}
