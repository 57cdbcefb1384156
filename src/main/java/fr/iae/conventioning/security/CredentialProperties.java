package fr.iae.conventioning.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the REST APIs remember a verified sign-in.
 *
 * @param cacheTtl how long a user's verified password, groups and tenants are reused without asking the database
 *     again ({@code 0s} checks every request): a password changed or a membership removed applies on each node
 *     at the latest after this time, as the webapps' own cache of a user's groups does
 * @param cacheSize the most users remembered at once per node
 */
@ConfigurationProperties("conventioning.security.credentials")
public record CredentialProperties(
    @DefaultValue("60s") Duration cacheTtl,
    @DefaultValue("10000") int cacheSize) {}
