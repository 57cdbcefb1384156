package fr.iae.conventioning.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class RenamedSettingsTest {

  @Test
  void aSettingStillSetUnderItsOldNameIsReportedWithItsNewName(CapturedOutput output) {
    new RenamedSettings(new MockEnvironment().withProperty("conventioning.project.max-requested-fte", "300")
        .withProperty("conventioning.max-fte", "500")).warn();

    assertThat(output).contains("Le paramètre conventioning.project.max-requested-fte n'est plus lu : il s'appelle"
        + " désormais conventioning.max-fte (valeur actuelle : 500).");
  }

  @Test
  void nothingIsSaidWhenOnlyTheNewNamesAreSet(CapturedOutput output) {
    new RenamedSettings(new MockEnvironment().withProperty("conventioning.max-fte", "500")).warn();

    assertThat(output).doesNotContain("n'est plus lu");
  }
}
