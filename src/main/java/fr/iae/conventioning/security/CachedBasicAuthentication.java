package fr.iae.conventioning.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * HTTP basic authentication against the engine's identity service, remembering for a short while who was verified:
 * a client calling the API for every step no longer costs three database transactions (password, groups, tenants)
 * before each of them. Only a digest of the credentials is kept, never the password; a wrong password is never
 * remembered and always checked.
 */
public class CachedBasicAuthentication implements AuthenticationProvider {

  private static final String BASIC = "Basic ";

  /** Who a request authenticated as, with what the engine needs to check the request's authorizations. */
  public record Verified(String userId, List<String> groups, List<String> tenants) {}

  /** Keyed by a digest of the whole {@code user:password}. */
  private final Cache<String, Verified> verified;

  public CachedBasicAuthentication(CredentialProperties properties) {
    this(properties, Ticker.systemTicker());
  }

  CachedBasicAuthentication(CredentialProperties properties, Ticker ticker) {
    this.verified = Caffeine.newBuilder()
        .expireAfterWrite(properties.cacheTtl())
        .maximumSize(properties.cacheSize())
        .ticker(ticker)
        .build();
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Verified user = verify(request, engine);
    if (user == null) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(user.userId());
    result.setGroups(user.groups());
    result.setTenants(user.tenants());
    return result;
  }

  /** The user the request's basic credentials verify as, or {@code null}. */
  public Verified verify(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BASIC)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    String credentials = digest(decoded);
    Verified known = verified.getIfPresent(credentials);
    if (known != null) {
      return known;
    }
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(userId, password)) {
      return null;
    }
    Verified user = new Verified(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
    verified.put(credentials, user);
    return user;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", BASIC + "realm=\"" + engine.getName() + "\"");
  }

  private static String digest(String credentials) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(credentials.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
