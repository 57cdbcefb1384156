package fr.iae.conventioning.objectives;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxRounds refused rounds after which the State service fixes the objectives alone */
@ConfigurationProperties("conventioning.objectives")
public record ObjectivesProperties(@DefaultValue("3") int maxRounds) {}
