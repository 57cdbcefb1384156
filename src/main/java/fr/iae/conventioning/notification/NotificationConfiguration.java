package fr.iae.conventioning.notification;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
class NotificationConfiguration {

  @Bean
  MailDispatcher mailDispatcher(MailMessageRepository messages, JavaMailSender sender, MailProperties properties,
      PlatformTransactionManager transactionManager, Clock clock) {
    return new MailDispatcher(messages, sender, properties, new TransactionTemplate(transactionManager), clock,
        MailDispatcher.nodeName());
  }
}
