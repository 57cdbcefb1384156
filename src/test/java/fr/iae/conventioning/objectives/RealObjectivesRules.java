package fr.iae.conventioning.objectives;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.support.TestEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2's real listeners and real {@link ObjectivesService} for the BPMN tests: only the storage is a stand-in
 * (a list behind a mocked repository), so the round counting and the arbitration rule are the application's own.
 */
public final class RealObjectivesRules {

  private RealObjectivesRules() {}

  /** Registers the real listeners in the test engine; returns the rounds they record (their type is internal). */
  public static List<ObjectivesRound> register(int maxRounds) {
    List<ObjectivesRound> saved = new ArrayList<>();
    ObjectivesRoundRepository rounds = mock(ObjectivesRoundRepository.class);
    when(rounds.save(any())).thenAnswer(call -> {
      saved.add(call.getArgument(0));
      return call.getArgument(0);
    });
    when(rounds.findByConventionIdOrderByNegotiationAscRoundAsc(any())).thenAnswer(call -> List.copyOf(saved));
    when(rounds.findFirstByConventionIdOrderByNegotiationDescRoundDesc(any()))
        .thenAnswer(call -> saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1)));
    Convention convention = mock(Convention.class);
    when(convention.getId()).thenReturn(1L);
    ConventionService conventions = mock(ConventionService.class);
    when(conventions.find(any())).thenReturn(convention);
    ObjectivesService service = new ObjectivesService(conventions, rounds, new ObjectivesProperties(maxRounds),
        Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), TestEngine.ZONE));
    ObjectivesListeners listeners = new ObjectivesListeners();
    TestEngine.BEANS.put("objectivesNegotiationStartListener", listeners.objectivesNegotiationStartListener(service));
    TestEngine.BEANS.put("proposeObjectivesListener", listeners.proposeObjectivesListener(service));
    TestEngine.BEANS.put("reviewObjectivesEmploymentAgencyListener",
        listeners.reviewObjectivesEmploymentAgencyListener(service));
    TestEngine.BEANS.put("respondToObjectivesListener", listeners.respondToObjectivesListener(service));
    TestEngine.BEANS.put("arbitrateObjectivesListener", listeners.arbitrateObjectivesListener(service));
    return saved;
  }
}
