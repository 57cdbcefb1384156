package fr.iae.conventioning.shared;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every part of the application shares.
 *
 * @param baseUrl the address users reach the application at, for links in e-mails
 * @param zone the time zone deadlines and dates are read in
 * @param maxFte the most FTE any form accepts (requested, agreed, realised, proposed): more is a typing mistake
 */
@ConfigurationProperties("conventioning")
public record ConventioningProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("Europe/Paris") ZoneId zone,
    @DefaultValue("500") BigDecimal maxFte) {

  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
