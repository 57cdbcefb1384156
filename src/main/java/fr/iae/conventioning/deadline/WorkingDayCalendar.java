package fr.iae.conventioning.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * French working days: Monday to Friday except public holidays, with the holidays of the convention's
 * département — Alsace-Moselle (57, 67, 68) and the overseas départements, which Jollyday keeps under their own
 * country codes.
 */
public class WorkingDayCalendar {

  private static final String FRANCE = "fr";
  private static final Map<String, String> OVERSEAS = Map.of(
      "971", "gp", "972", "mq", "973", "gf", "974", "re", "976", "yt");

  private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
  private final Map<String, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

  public boolean isWorkingDay(LocalDate date, String department) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date, department);
  }

  public boolean isPublicHoliday(LocalDate date, String department) {
    // a year's holidays are computed once per département: a due date counts a dozen days
    return holidays.computeIfAbsent(department + "/" + date.getYear(), key -> holidays(department, date.getYear()))
        .contains(date);
  }

  private Set<LocalDate> holidays(String department, int year) {
    String overseas = department == null ? null : OVERSEAS.get(department);
    String calendar = overseas != null ? overseas : FRANCE;
    boolean region = overseas == null && department != null
        && manager(FRANCE).getCalendarHierarchy().getChildren().containsKey(department);
    String[] args = region ? new String[] {department} : new String[0];
    return manager(calendar).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, args).stream()
        .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
  }

  /** The {@code days}-th working day after {@code from} ({@code from} itself never counts). */
  public LocalDate plusWorkingDays(LocalDate from, int days, String department) {
    LocalDate date = from;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date, department)) {
        counted++;
      }
    }
    return date;
  }

  /** The {@code days}-th working day before {@code from}. */
  public LocalDate minusWorkingDays(LocalDate from, int days, String department) {
    LocalDate date = from;
    int counted = 0;
    while (counted < days) {
      date = date.minusDays(1);
      if (isWorkingDay(date, department)) {
        counted++;
      }
    }
    return date;
  }

  private HolidayManager manager(String calendar) {
    return managers.computeIfAbsent(calendar, code -> HolidayManager.getInstance(ManagerParameters.create(code)));
  }
}
