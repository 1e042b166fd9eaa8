using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
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
    [TestCase(2013, 8)]
    [TestCase(2027, 8)]
    [TestCase(2028, 8)]
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

    [Test]
    public void EveryYearCovered_HasOneProvenance_AndTheYearsNotCheckedAgainstThePublishedListAreInferred()
    {
        Calendar.Years.Select(years => (years.From, years.To, years.Provenance)).Should().Equal(
            (2013, 2015, Provenance.Inferred), (2016, 2026, Provenance.Read), (2027, 2028, Provenance.Inferred));
        Calendar.CoversFrom.Should().Be(Date("2013-01-01"));
        Calendar.CoversTo.Should().Be(Date("2028-12-31"));
    }

    [Test]
    public void Easter2027_IsNotCountedAsWorkingDays()
    {
        // Thursday 25 March 2027: Good Friday (26) and Easter Monday (29) are bank holidays.
        new Period(1, PeriodUnit.WorkingDays).After(Date("2027-03-25"), Calendar).Should().Be(Date("2027-03-30"));
    }

    [Test]
    public void WorkingDaysBeyondTheCalendar_AreNotGuessed()
    {
        new Period(5, PeriodUnit.WorkingDays).TryAfter(Date("2028-12-22"), Calendar, out _).Should().BeFalse();
        new Period(5, PeriodUnit.WorkingDays).TryBefore(Date("2013-01-04"), Calendar, out _).Should().BeFalse();
        new Period(3, PeriodUnit.WorkingDays).TryAfter(Date("2028-12-22"), Calendar, out var inside).Should().BeTrue();
        inside.Should().Be(Date("2028-12-29"), "Christmas and Boxing Day 2028 fall on Monday and Tuesday");
        FluentActions.Invoking(() => new Period(5, PeriodUnit.WorkingDays).After(Date("2028-12-22"), Calendar))
            .Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void ANoticeDeadlineBeyondTheCalendar_IsUndeterminedNamingTheMissingYears()
    {
        var drafted = Drafting.Apply("post-mp091", """
            id: DRAFT-NOTICE
            title: Ten Working Days' notice
            implemented: 2026-06-25
            provenance: INFERRED
            summary: Ten Working Days' notice before a second User System.
            changes:
              - amend:
                  id: notify-ssc-of-subsequent-user-system
                  parameters:
                    minimum-notice: { value: 10 working days, provenance: INFERRED }
            """);
        var facts = new FactSet
        {
            Parties = [User()],
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2029-01-10")],
            SscNotifications = [Notification("N1", "S2", "2028-12-20")],
        };

        var finding = SectionG.Engine.Evaluate(facts, Date("2029-02-01"), drafted).Findings
            .Single(found => found.Obligation == "notify-ssc-of-subsequent-user-system" && found.Subject.Id == "S2");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the bank holidays of 2029 onwards, which the Working Day calendar 'England and Wales bank holidays' does not list (it covers 2013-01-01 to 2028-12-31)");
    }
}
