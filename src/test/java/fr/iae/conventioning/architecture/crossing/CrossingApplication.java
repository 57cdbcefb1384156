package fr.iae.conventioning.architecture.crossing;

import org.springframework.modulith.Modulithic;

/** A two-stage application whose funding stage reads the objectives stage directly: what the check must refuse. */
@Modulithic
public class CrossingApplication {}
