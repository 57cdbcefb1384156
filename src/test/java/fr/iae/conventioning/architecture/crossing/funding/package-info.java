@ApplicationModule(allowedDependencies = {})
package fr.iae.conventioning.architecture.crossing.funding;

import org.springframework.modulith.ApplicationModule;
