@ApplicationModule(allowedDependencies = {})
package fr.iae.conventioning.architecture.crossing.objectives;

import org.springframework.modulith.ApplicationModule;
