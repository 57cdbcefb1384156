package fr.iae.conventioning;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Builds Hibernate's entity manager factory on a thread of its own while the engine is configured on the main one;
 * the first use of the factory waits for it (docs/decisions.md, "Start").
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpaBootstrap {

  @Bean
  EntityManagerFactoryBuilderCustomizer jpaOnItsOwnThread() {
    return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
  }
}
