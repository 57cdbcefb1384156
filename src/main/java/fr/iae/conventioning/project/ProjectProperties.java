package fr.iae.conventioning.project;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxRequestedFte above this, a request for FTE is taken for a typing mistake */
@ConfigurationProperties("conventioning.project")
public record ProjectProperties(@DefaultValue("500") double maxRequestedFte) {}
