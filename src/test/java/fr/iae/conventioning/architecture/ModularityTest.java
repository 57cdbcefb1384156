package fr.iae.conventioning.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.ConventioningApplication;
import fr.iae.conventioning.architecture.crossing.CrossingApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The stage boundaries, checked: each top-level package is a module; a stage may use the shared modules
 * (convention, structure, notification...) but never another stage, and no module reaches into another's
 * sub-packages. The module list and their dependencies are written to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(ConventioningApplication.class);

  @Test
  void everyModuleKeepsToItsAllowedDependencies() {
    MODULES.verify();
  }

  @Test
  void aStageThatReadsAnotherStageIsRefused() {
    // the fixture lives among the test classes, which the default import leaves out
    ApplicationModules crossing = ApplicationModules.of(CrossingApplication.class, location -> true);
    assertThatThrownBy(crossing::verify).isInstanceOf(Violations.class)
        .hasMessageContaining("funding").hasMessageContaining("objectives");
  }

  @Test
  void theModulesAreDocumented() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
