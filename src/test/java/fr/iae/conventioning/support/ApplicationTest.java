package fr.iae.conventioning.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with authorization on and the demo data, as one Spring context shared
 * by every *IT. The database is an in-memory H2 unless {@code DB_URL} names another (CI's PostgreSQL run). Jobs
 * and the mail dispatcher are driven by the tests, never by background threads; mail goes to GreenMail's port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${DB_URL:jdbc:h2:mem:conventioning-it;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${DB_USER:sa}",
    "spring.datasource.password=${DB_PASSWORD:}",
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.port=3025",
    "conventioning.mail.dispatch-enabled=false",
    "conventioning.base-url=http://conventionnement.test",
})
@Import(Api.class)
public @interface ApplicationTest {}
