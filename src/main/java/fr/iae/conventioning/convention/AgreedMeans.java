package fr.iae.conventioning.convention;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What stage 3 agreed that later stages measure against; answered by the funding stage. */
public interface AgreedMeans {

  /** The FTE agreed at the convention's latest funders' conference, once it is summed up. */
  Optional<BigDecimal> agreedFte(Long conventionId);

  /** What the convention's latest funders' conference agreed, once it is summed up. */
  Optional<Agreement> agreement(Long conventionId);

  /**
   * @param cofunderGroups the groups of the funders that committed to the convention
   * @param departmentGroup the group of the Conseil départemental when it committed, which then co-signs the annexes
   */
  record Agreement(BigDecimal fte, BigDecimal modulationRate, List<String> cofunderGroups, String departmentGroup) {}
}
