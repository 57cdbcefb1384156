package fr.iae.conventioning.annex;

import java.math.BigDecimal;

/**
 * What the modulation of a year's annex rests on, from the structure's report on the year before: the people hired
 * (and how many of them belong to the priority publics), the support and training given, and the dynamic exit rate
 * against its negotiated target. A null count or rate is one the report did not give.
 *
 * @param hiresPriority hires belonging to at least one priority public
 */
public record ModulationEvidence(
    Integer hires,
    Integer hiresPriority,
    Integer hiresLongTermUnemployed,
    Integer hiresRsa,
    Integer hiresPriorityNeighbourhood,
    Integer hiresDisabled,
    Integer employeesSupported,
    Integer employeesTrained,
    BigDecimal dynamicRate,
    BigDecimal targetDynamicRate) {

  /** No report yet (the first annex, signed with the convention). */
  public static ModulationEvidence none() {
    return new ModulationEvidence(null, null, null, null, null, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return hires == null && employeesSupported == null && dynamicRate == null;
  }
}
