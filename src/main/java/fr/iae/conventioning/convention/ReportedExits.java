package fr.iae.conventioning.convention;

import fr.iae.conventioning.indicators.ExitCounts;
import java.util.Collection;

/** The exits the structures reported in their yearly reports, added up over conventions; answered by stage 4. */
public interface ReportedExits {

  ExitCounts yearly(Collection<Long> conventionIds);
}
