package fr.iae.conventioning.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar();

  @ParameterizedTest(name = "{0} in {1}: working day = {2}")
  @CsvSource({
      "2027-03-01, 59, true",    // an ordinary Monday
      "2027-03-06, 59, false",   // Saturday
      "2027-03-07, 59, false",   // Sunday
      "2027-03-29, 59, false",   // Easter Monday
      "2027-05-06, 59, false",   // Ascension Day 2027
      "2027-05-17, 59, false",   // Whit Monday 2027
      "2028-05-01, 59, false",   // 1 May, a Monday
      "2027-07-14, 59, false",   // 14 July, a Wednesday
      "2027-11-11, 62, false",   // Armistice, a Thursday
      "2027-03-26, 59, true",    // Good Friday: worked in the Nord...
      "2027-03-26, 57, false",   // ...not in Moselle
      "2027-03-26, 67, false",   // nor in Bas-Rhin
      "2028-12-26, 59, true",    // 26 December: worked in the Nord...
      "2028-12-26, 57, false",   // ...not in Moselle
      "2028-12-26, 68, false",   // nor in Haut-Rhin
      "2027-04-27, 976, false",  // abolition of slavery in Mayotte
      "2027-04-27, 59, true",
      "2027-12-20, 974, false",  // abolition of slavery in La Réunion
      "2027-05-27, 971, false",  // abolition of slavery in Guadeloupe
      "2027-05-22, 972, false",  // abolition of slavery in Martinique (a Saturday anyway)
      "2027-06-10, 973, false",  // abolition of slavery in Guyane
      "2027-06-10, 2A, true",
  })
  void knowsFrenchPublicHolidaysByDepartement(LocalDate date, String department, boolean working) {
    assertThat(calendar.isWorkingDay(date, department)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working days in {2} = {3}")
  @CsvSource({
      "2027-03-01, 1, 59, 2027-03-02",
      "2027-03-05, 1, 59, 2027-03-08",   // Friday to Monday
      "2027-03-06, 1, 59, 2027-03-08",   // from a Saturday
      "2027-03-25, 2, 59, 2027-03-30",   // Thursday, Friday, (weekend, Easter Monday), Tuesday
      "2027-03-25, 2, 57, 2027-03-31",   // Good Friday off in Moselle too
      "2027-05-05, 3, 62, 2027-05-11",   // across Ascension Day (6) and the weekend
      "2027-03-01, 20, 59, 2027-03-30",
      "2027-03-01, 0, 59, 2027-03-01",
  })
  void addsWorkingDays(LocalDate from, int days, String department, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(from, days, department)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} - {1} working days in {2} = {3}")
  @CsvSource({
      "2027-03-30, 2, 59, 2027-03-25",
      "2027-03-08, 1, 59, 2027-03-05",
      "2028-12-27, 1, 57, 2028-12-22",   // 26 December off in Moselle, then the weekend
  })
  void subtractsWorkingDays(LocalDate from, int days, String department, LocalDate expected) {
    assertThat(calendar.minusWorkingDays(from, days, department)).isEqualTo(expected);
  }
}
