using SecRules.Versioning;

namespace SecRules.Core.Tests.Versioning;

public class PeriodTests
{
    private static readonly WorkingDayCalendar Calendar = new("test", [new DateOnly(2019, 12, 25), new DateOnly(2019, 12, 26)], new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));

    [TestCase("0 days", 0, PeriodUnit.Days)]
    [TestCase("1 day", 1, PeriodUnit.Days)]
    [TestCase("20 working days", 20, PeriodUnit.WorkingDays)]
    [TestCase("6 months", 6, PeriodUnit.Months)]
    [TestCase("1 year", 1, PeriodUnit.Years)]
    public void TryParse_WrittenPeriod_ParsesAndPrintsTheSameText(string text, int amount, PeriodUnit unit)
    {
        Period.TryParse(text, out var period).Should().BeTrue();

        period.Should().Be(new Period(amount, unit));
        period.ToString().Should().Be(text);
    }

    [TestCase("six months")]
    [TestCase("6 fortnights")]
    [TestCase("-1 days")]
    [TestCase("6months")]
    public void TryParse_NotAPeriod_Fails(string text)
    {
        Period.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void After_WorkingDays_SkipsWeekendsAndBankHolidays()
    {
        // Monday 23 December 2019: Tuesday 24 is a Working Day, then Christmas, Boxing Day and the weekend.
        new Period(2, PeriodUnit.WorkingDays).After(new DateOnly(2019, 12, 23), Calendar).Should().Be(new DateOnly(2019, 12, 27));
        new Period(2, PeriodUnit.WorkingDays).Before(new DateOnly(2019, 12, 27), Calendar).Should().Be(new DateOnly(2019, 12, 23));
    }

    [Test]
    public void After_Months_KeepsTheDayOfTheMonthWhereItExists()
    {
        new Period(1, PeriodUnit.Months).After(new DateOnly(2019, 1, 31), Calendar).Should().Be(new DateOnly(2019, 2, 28));
        new Period(6, PeriodUnit.Months).After(new DateOnly(2019, 3, 15), Calendar).Should().Be(new DateOnly(2019, 9, 15));
    }

    [TestCase(100, PeriodUnit.Years, true)]
    [TestCase(101, PeriodUnit.Years, false)]
    [TestCase(1200, PeriodUnit.Months, true)]
    [TestCase(1201, PeriodUnit.Months, false)]
    [TestCase(9999, PeriodUnit.Days, true)]
    [TestCase(9999, PeriodUnit.WorkingDays, true)]
    [TestCase(-1, PeriodUnit.Days, false)]
    public void IsWithinLimit_Amount_IsAtMostAHundredYears(int amount, PeriodUnit unit, bool within)
    {
        new Period(amount, unit).IsWithinLimit.Should().Be(within);
    }

    [TestCase(PeriodUnit.Days)]
    [TestCase(PeriodUnit.WorkingDays)]
    [TestCase(PeriodUnit.Months)]
    [TestCase(PeriodUnit.Years)]
    public void After_PeriodBeyondTheCalendar_StopsAtItsLastDateRatherThanOverflow(PeriodUnit unit)
    {
        var period = new Period(int.MaxValue, unit);

        period.After(new DateOnly(2200, 12, 31), Calendar).Should().Be(DateOnly.MaxValue);
        period.Before(new DateOnly(1900, 1, 1), Calendar).Should().Be(DateOnly.MinValue);
    }

    [TestCase(PeriodUnit.Days, "9999-12-30")]
    [TestCase(PeriodUnit.Months, "9999-11-30")]
    [TestCase(PeriodUnit.Years, "9998-12-30")]
    public void After_PeriodEndingJustWithinTheCalendar_IsCountedExactly(PeriodUnit unit, string from)
    {
        var start = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);

        new Period(1, unit).After(start, Calendar).Should().BeOnOrAfter(start).And.BeOnOrBefore(DateOnly.MaxValue);
        new Period(1, unit).After(start, Calendar).Should().NotBe(start);
    }
}
