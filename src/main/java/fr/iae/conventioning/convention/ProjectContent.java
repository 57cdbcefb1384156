package fr.iae.conventioning.convention;

import java.math.BigDecimal;

/** The insertion project along the four axes, and the FTE requested. */
public record ProjectContent(String axisReception, String axisSupport, String axisTraining, String axisTerritory,
    BigDecimal requestedFte) {}
