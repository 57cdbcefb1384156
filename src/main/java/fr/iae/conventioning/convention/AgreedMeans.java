package fr.iae.conventioning.convention;

import java.math.BigDecimal;
import java.util.Optional;

/** What stage 3 agreed that later stages measure against; answered by the funding stage. */
public interface AgreedMeans {

  /** The FTE agreed at the convention's latest funders' conference, once it is summed up. */
  Optional<BigDecimal> agreedFte(Long conventionId);
}
