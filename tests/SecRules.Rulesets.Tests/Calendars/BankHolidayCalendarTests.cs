using SecRules.Versioning;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Calendars;

public class BankHolidayCalendarTests
{
    private static WorkingDayCalendar Calendar => SectionG.Rulesets.Calendar;

    [Test]
    public void ShippedRulesets_UseTheEnglandAndWalesBankHolidays()
    {
        Calendar.Name.Should().Be("England and Wales bank holidays");
        SectionG.Rulesets.Versions.Should().OnlyContain(version => version.Calendar == Calendar);
    }

    [Test]
    public void Calendar_CoversTheYearsOfTheVersionsAndLater()
    {
        Calendar.CoversFrom.Should().BeOnOrBefore(Date("2016-01-01"));
        Calendar.CoversTo.Should().BeOnOrAfter(Date("2026-12-31"));
        Calendar.Holidays.Should().OnlyContain(holiday => holiday >= Calendar.CoversFrom && holiday <= Calendar.CoversTo);
    }

    [Test]
    public void Holidays_AllFallOnWeekdays()
    {
        // A holiday that falls at a weekend is replaced by a substitute weekday; listing the weekend
        // date instead would silently lose a non-working day.
        Calendar.Holidays.Should().OnlyContain(holiday => holiday.DayOfWeek != DayOfWeek.Saturday && holiday.DayOfWeek != DayOfWeek.Sunday);
    }

    [TestCase(2016, 8)]
    [TestCase(2019, 8)]
    [TestCase(2020, 8)]
    [TestCase(2021, 8)]
    [TestCase(2022, 10)]
    [TestCase(2023, 9)]
    [TestCase(2026, 8)]
    public void Holidays_NumberEightAYearPlusTheOneOffs(int year, int expected)
    {
        Calendar.Holidays.Count(holiday => holiday.Year == year).Should().Be(expected);
    }

    [TestCase("2020-05-08", "VE Day moved the Early May bank holiday to Friday")]
    [TestCase("2022-06-02", "the Spring bank holiday moved for the Platinum Jubilee")]
    [TestCase("2022-06-03", "Platinum Jubilee")]
    [TestCase("2022-09-19", "the State Funeral of Queen Elizabeth II")]
    [TestCase("2023-05-08", "the coronation of King Charles III")]
    [TestCase("2016-12-27", "Christmas Day 2016 fell on a Sunday")]
    [TestCase("2017-01-02", "New Year's Day 2017 fell on a Sunday")]
    [TestCase("2020-12-28", "Boxing Day 2020 fell on a Saturday")]
    [TestCase("2021-12-27", "Christmas Day 2021 fell on a Saturday")]
    [TestCase("2021-12-28", "Boxing Day 2021 fell on a Sunday")]
    [TestCase("2022-01-03", "New Year's Day 2022 fell on a Saturday")]
    [TestCase("2022-12-27", "Christmas Day 2022 fell on a Sunday")]
    [TestCase("2023-01-02", "New Year's Day 2023 fell on a Sunday")]
    [TestCase("2026-12-28", "Boxing Day 2026 falls on a Saturday")]
    [TestCase("2019-04-19", "Good Friday")]
    [TestCase("2019-04-22", "Easter Monday")]
    public void IsWorkingDay_BankHoliday_IsFalse(string date, string why)
    {
        Calendar.IsWorkingDay(Date(date)).Should().BeFalse(why);
    }

    [TestCase("2020-05-04", "the Early May bank holiday of 2020 moved to 8 May")]
    [TestCase("2022-05-30", "the Spring bank holiday of 2022 moved to 2 June")]
    [TestCase("2019-02-28", "an ordinary Thursday")]
    public void IsWorkingDay_WeekdayThatIsNoHoliday_IsTrue(string date, string why)
    {
        Calendar.IsWorkingDay(Date(date)).Should().BeTrue(why);
    }

    [Test]
    public void Before_TenWorkingDaysOverEaster_SkipsGoodFridayAndEasterMonday()
    {
        // Wednesday 1 May 2019: ten Working Days back, over Easter (19 and 22 April) and two weekends.
        new Period(10, PeriodUnit.WorkingDays).Before(Date("2019-05-01"), Calendar).Should().Be(Date("2019-04-15"));
    }

    [Test]
    public void After_WorkingDaysOverChristmas2020_SkipsTheSubstituteBoxingDay()
    {
        // Thursday 24 December 2020: Christmas (Friday), the weekend, Boxing Day's substitute (Monday 28).
        new Period(1, PeriodUnit.WorkingDays).After(Date("2020-12-24"), Calendar).Should().Be(Date("2020-12-29"));
    }

    [Test]
    public void After_WorkingDaysOverTheJubileeWeekend_SkipsBothHolidays()
    {
        // Wednesday 1 June 2022: Thursday 2 and Friday 3 June were both bank holidays.
        new Period(1, PeriodUnit.WorkingDays).After(Date("2022-06-01"), Calendar).Should().Be(Date("2022-06-06"));
    }
}
