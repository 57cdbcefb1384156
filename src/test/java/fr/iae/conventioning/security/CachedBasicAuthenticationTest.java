package fr.iae.conventioning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CachedBasicAuthenticationTest {

  private final AtomicLong nanos = new AtomicLong();
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final CachedBasicAuthentication authentication =
      new CachedBasicAuthentication(new CredentialProperties(Duration.ofSeconds(60), 100), nanos::get);

  @BeforeEach
  void users() {
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("direccte.59", "demo")).thenReturn(true);
    Group state = mock(Group.class);
    when(state.getId()).thenReturn("direccte-59");
    when(identity.createGroupQuery().groupMember("direccte.59").list()).thenReturn(List.of(state));
    when(identity.createTenantQuery().userMember("direccte.59").includingGroupsOfUser(true).list()).thenReturn(List.of());
  }

  @Test
  void aVerifiedUserIsNotCheckedAgainForAMinuteAndCarriesItsGroups() {
    AuthenticationResult first = authentication.extractAuthenticatedUser(request("direccte.59", "demo"), engine);
    AuthenticationResult second = authentication.extractAuthenticatedUser(request("direccte.59", "demo"), engine);

    assertThat(first.isAuthenticated()).isTrue();
    assertThat(second.getAuthenticatedUser()).isEqualTo("direccte.59");
    assertThat(second.getGroups()).containsExactly("direccte-59");
    assertThat(second.getTenants()).isEmpty();
    verify(identity, times(1)).checkPassword("direccte.59", "demo");

    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    assertThat(authentication.extractAuthenticatedUser(request("direccte.59", "demo"), engine).isAuthenticated())
        .isTrue();
    verify(identity, times(2)).checkPassword("direccte.59", "demo");
  }

  @Test
  void aWrongPasswordIsRefusedEvenRightAfterTheRightOneAndNeverRemembered() {
    authentication.extractAuthenticatedUser(request("direccte.59", "demo"), engine);

    assertThat(authentication.extractAuthenticatedUser(request("direccte.59", "guess"), engine).isAuthenticated())
        .isFalse();
    assertThat(authentication.extractAuthenticatedUser(request("direccte.59", "guess"), engine).isAuthenticated())
        .isFalse();
    verify(identity, times(2)).checkPassword("direccte.59", "guess");
  }

  @Test
  void noOrMalformedCredentialsAreRefusedWithoutAskingTheEngine() {
    MockHttpServletRequest none = new MockHttpServletRequest();
    MockHttpServletRequest garbled = new MockHttpServletRequest();
    garbled.addHeader("Authorization", "Basic ***");
    MockHttpServletRequest noColon = new MockHttpServletRequest();
    noColon.addHeader("Authorization", "Basic " + base64("direccte.59"));

    assertThat(authentication.extractAuthenticatedUser(none, engine).isAuthenticated()).isFalse();
    assertThat(authentication.extractAuthenticatedUser(garbled, engine).isAuthenticated()).isFalse();
    assertThat(authentication.extractAuthenticatedUser(noColon, engine).isAuthenticated()).isFalse();
    verify(identity, times(0)).checkPassword(anyString(), anyString());
  }

  private static MockHttpServletRequest request(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Authorization", "Basic " + base64(user + ":" + password));
    return request;
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
