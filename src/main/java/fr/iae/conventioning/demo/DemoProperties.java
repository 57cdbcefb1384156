package fr.iae.conventioning.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled load the demo users, groups and structures of the contract (docs/contract.md) at start-up */
@ConfigurationProperties("conventioning.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {}
