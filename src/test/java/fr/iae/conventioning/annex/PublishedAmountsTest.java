package fr.iae.conventioning.annex;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.structure.StructureKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The amounts shipped in application.yaml: every kind priced, today's year at the latest published arrêté. */
class PublishedAmountsTest {

  private static AidCalculator shipped() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    AidProperties properties = new Binder(ConfigurationPropertySources.get(environment))
        .bind("conventioning.aid", AidProperties.class).get();
    return new AidCalculator(properties);
  }

  @Test
  void everyKindIsPricedAtTheAmountsOfTheArreteOfDecember2024() throws IOException {
    AidCalculator calculator = shipped();
    Map<StructureKind, String> expected = Map.of(StructureKind.EI, "13304", StructureKind.ETTI, "4781",
        StructureKind.AI, "1619", StructureKind.ACI, "23921", StructureKind.EITI, "6570");
    expected.forEach((kind, amount) -> {
      Map.Entry<Integer, BigDecimal> inForce = calculator.unitAmount(kind, 2027);
      assertThat(inForce.getValue()).as("%s in 2027", kind).isEqualByComparingTo(amount);
      assertThat(inForce.getKey()).isEqualTo(2025);
    });
    assertThat(StructureKind.values()).hasSize(expected.size());
  }

  @Test
  void anEarlierYearKeepsItsOwnAmount() throws IOException {
    AidCalculator calculator = shipped();
    assertThat(calculator.unitAmount(StructureKind.ACI, 2023).getValue()).isEqualByComparingTo("22289");
    assertThat(calculator.unitAmount(StructureKind.EI, 2017).getValue()).isEqualByComparingTo("10143");
    assertThat(calculator.unitAmount(StructureKind.AI, 2024).getValue()).isEqualByComparingTo("1570");
  }
}
