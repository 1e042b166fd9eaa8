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
    [TestCase(36600, PeriodUnit.Days, true)]
    [TestCase(36601, PeriodUnit.Days, false)]
    [TestCase(26100, PeriodUnit.WorkingDays, true)]
    [TestCase(26101, PeriodUnit.WorkingDays, false)]
    [TestCase(0, PeriodUnit.Days, true)]
    [TestCase(-1, PeriodUnit.Days, false)]
    public void IsWithinLimit_Amount_IsAtMostAHundredYearsAndNotNegative(int amount, PeriodUnit unit, bool within)
    {
        new Period(amount, unit).IsWithinLimit.Should().Be(within);
    }

    [TestCase("1 working day", 1, PeriodUnit.WorkingDays)]
    [TestCase("1 month", 1, PeriodUnit.Months)]
    [TestCase("2 years", 2, PeriodUnit.Years)]
    public void TryParse_SingularAndPluralUnits_Parse(string text, int amount, PeriodUnit unit)
    {
        Period.TryParse(text, out var period).Should().BeTrue();

        period.Should().Be(new Period(amount, unit));
    }

    [Test]
    public void TryParseAfterAndBefore_Null_Throw()
    {
        var period = new Period(1, PeriodUnit.Days);

        FluentActions.Invoking(() => Period.TryParse(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => period.After(new DateOnly(2019, 1, 1), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => period.Before(new DateOnly(2019, 1, 1), null!)).Should().Throw<ArgumentNullException>();
    }

    [TestCase(PeriodUnit.Days)]
    [TestCase(PeriodUnit.WorkingDays)]
    [TestCase(PeriodUnit.Months)]
    [TestCase(PeriodUnit.Years)]
    public void AfterAndBefore_PeriodPastWhatDateOnlyHolds_CannotBeCountedRatherThanOverflow(PeriodUnit unit)
    {
        var period = new Period(int.MaxValue, unit);

        period.TryAfter(new DateOnly(2200, 12, 31), Calendar, out _).Should().BeFalse();
        period.TryBefore(new DateOnly(1900, 1, 1), Calendar, out _).Should().BeFalse();
        FluentActions.Invoking(() => period.After(new DateOnly(2200, 12, 31), Calendar)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => period.Before(new DateOnly(1900, 1, 1), Calendar)).Should().Throw<InvalidOperationException>();
    }

    // The last and first days DateOnly holds, and the days just inside them: counted exactly up to
    // the end, and refused one unit beyond it.
    [TestCase(PeriodUnit.Days, "9999-12-30", 1, "9999-12-31")]
    [TestCase(PeriodUnit.Days, "9999-12-30", 2, null)]
    [TestCase(PeriodUnit.Months, "9999-11-30", 1, "9999-12-30")]
    [TestCase(PeriodUnit.Months, "9999-12-01", 1, null)]
    [TestCase(PeriodUnit.Years, "9998-12-31", 1, "9999-12-31")]
    [TestCase(PeriodUnit.Years, "9999-01-01", 1, null)]
    [TestCase(PeriodUnit.WorkingDays, "9999-12-30", 1, "9999-12-31")]
    [TestCase(PeriodUnit.WorkingDays, "9999-12-30", 2, null)]
    [TestCase(PeriodUnit.WorkingDays, "9999-12-24", 5, "9999-12-31")]
    [TestCase(PeriodUnit.WorkingDays, "9999-12-24", 6, null)]
    [TestCase(PeriodUnit.Months, "2200-12-31", 1200, "2300-12-31")]
    public void TryAfter_NearTheLastDate_CountsExactlyAndRefusesBeyondIt(PeriodUnit unit, string from, int amount, string? expected)
    {
        // The calendar of weekends only covers every day DateOnly holds, so only its ends can stop the count.
        var counted = new Period(amount, unit).TryAfter(Day(from), WorkingDayCalendar.WeekendsOnly, out var end);

        counted.Should().Be(expected is not null);
        if (expected is not null)
        {
            end.Should().Be(Day(expected));
        }
    }

    [TestCase(PeriodUnit.Days, "0001-01-02", 1, "0001-01-01")]
    [TestCase(PeriodUnit.Days, "0001-01-02", 2, null)]
    [TestCase(PeriodUnit.Months, "0001-02-28", 1, "0001-01-28")]
    [TestCase(PeriodUnit.Months, "0001-01-31", 1, null)]
    [TestCase(PeriodUnit.Years, "0002-01-01", 1, "0001-01-01")]
    [TestCase(PeriodUnit.Years, "0001-12-31", 1, null)]
    [TestCase(PeriodUnit.WorkingDays, "0001-01-02", 1, "0001-01-01")]
    [TestCase(PeriodUnit.WorkingDays, "0001-01-02", 2, null)]
    [TestCase(PeriodUnit.WorkingDays, "0001-01-08", 5, "0001-01-01")]
    [TestCase(PeriodUnit.WorkingDays, "0001-01-08", 6, null)]
    public void TryBefore_NearTheFirstDate_CountsExactlyAndRefusesBeyondIt(PeriodUnit unit, string from, int amount, string? expected)
    {
        var counted = new Period(amount, unit).TryBefore(Day(from), WorkingDayCalendar.WeekendsOnly, out var start);

        counted.Should().Be(expected is not null);
        if (expected is not null)
        {
            start.Should().Be(Day(expected));
        }
    }

    [Test]
    public void After_UnitWithNoName_Throws()
    {
        var act = () => new Period(1, (PeriodUnit)99).After(new DateOnly(2019, 1, 1), Calendar);

        act.Should().Throw<InvalidOperationException>().WithMessage("Unknown period unit 99.");
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
