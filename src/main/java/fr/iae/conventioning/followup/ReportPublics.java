package fr.iae.conventioning.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a yearly report says of the people hired and the training given: the indicators the modulation rests on. */
@Entity
@Table(name = "follow_up_report_publics")
public class ReportPublics {

  @Id
  private Long reportId;
  private int hires;
  private int hiresPriority;
  private int hiresLongTermUnemployed;
  private int hiresRsa;
  private int hiresPriorityNeighbourhood;
  private int hiresDisabled;
  private int employeesSupported;
  private int employeesTrained;

  protected ReportPublics() {}

  ReportPublics(Long reportId, int hires, int hiresPriority, int hiresLongTermUnemployed, int hiresRsa,
      int hiresPriorityNeighbourhood, int hiresDisabled, int employeesSupported, int employeesTrained) {
    this.reportId = reportId;
    this.hires = hires;
    this.hiresPriority = hiresPriority;
    this.hiresLongTermUnemployed = hiresLongTermUnemployed;
    this.hiresRsa = hiresRsa;
    this.hiresPriorityNeighbourhood = hiresPriorityNeighbourhood;
    this.hiresDisabled = hiresDisabled;
    this.employeesSupported = employeesSupported;
    this.employeesTrained = employeesTrained;
  }

  public Long getReportId() {
    return reportId;
  }

  public int getHires() {
    return hires;
  }

  public int getHiresPriority() {
    return hiresPriority;
  }

  public int getHiresLongTermUnemployed() {
    return hiresLongTermUnemployed;
  }

  public int getHiresRsa() {
    return hiresRsa;
  }

  public int getHiresPriorityNeighbourhood() {
    return hiresPriorityNeighbourhood;
  }

  public int getHiresDisabled() {
    return hiresDisabled;
  }

  public int getEmployeesSupported() {
    return employeesSupported;
  }

  public int getEmployeesTrained() {
    return employeesTrained;
  }
}
