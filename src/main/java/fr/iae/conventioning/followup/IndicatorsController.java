package fr.iae.conventioning.followup;

import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/indicators/exit-rates}: the exit rates of eight counts, for any authenticated user. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorsController {

  @PostMapping("/exit-rates")
  public Map<String, Object> exitRates(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("Envoyez les huit nombres de sorties (exitsDurable, exitsTransition...) en JSON.");
    }
    ExitRates rates = ExitRates.of(ExitCounts.from(new FormValues(body::get)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("examinedExits", rates.examinedExits());
    answer.put("durableRate", rates.durableRate());
    answer.put("dynamicRate", rates.dynamicRate());
    answer.put("dynamicRateNetworkVariant", rates.dynamicRateNetworkVariant());
    return answer;
  }
}
