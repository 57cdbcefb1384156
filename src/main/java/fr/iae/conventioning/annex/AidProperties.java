package fr.iae.conventioning.annex;

import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The aid per insertion post.
 *
 * @param unitAmounts yearly amount per FTE, by structure kind and by the year it applies from
 * @param maxModulationRate the highest modulated part, in percent of the base amount
 */
@ConfigurationProperties("conventioning.aid")
public record AidProperties(
    @DefaultValue Map<StructureKind, Map<Integer, BigDecimal>> unitAmounts,
    @DefaultValue("10") BigDecimal maxModulationRate) {}
