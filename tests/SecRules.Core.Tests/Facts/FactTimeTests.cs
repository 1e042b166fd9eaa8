using SecRules.Facts;

namespace SecRules.Core.Tests.Facts;

public class FactTimeTests
{
    private static readonly DateOnly Day = new(2019, 5, 1);

    [Test]
    public void OrderAgainst_DifferentDates_OrdersByDate()
    {
        new FactTime(Day).OrderAgainst(new FactTime(Day.AddDays(1))).Should().Be(TimeOrder.Before);
        new FactTime(Day.AddDays(1), new TimeOnly(0, 1)).OrderAgainst(new FactTime(Day, new TimeOnly(23, 59))).Should().Be(TimeOrder.After);
    }

    [Test]
    public void OrderAgainst_SameDayWithoutATime_IsUnknown()
    {
        new FactTime(Day).OrderAgainst(new FactTime(Day, new TimeOnly(9, 0))).Should().Be(TimeOrder.SameDayUnknown);
        new FactTime(Day, new TimeOnly(9, 0)).OrderAgainst(new FactTime(Day)).Should().Be(TimeOrder.SameDayUnknown);
    }

    [Test]
    public void OrderAgainst_SameDayWithTimes_OrdersByTime()
    {
        new FactTime(Day, new TimeOnly(9, 0)).OrderAgainst(new FactTime(Day, new TimeOnly(10, 0))).Should().Be(TimeOrder.Before);
        new FactTime(Day, new TimeOnly(10, 0)).OrderAgainst(new FactTime(Day, new TimeOnly(10, 0))).Should().Be(TimeOrder.Simultaneous);
    }

    [Test]
    public void ToString_WritesTheTimeOnlyWhenKnown()
    {
        new FactTime(Day).ToString().Should().Be("2019-05-01");
        new FactTime(Day, new TimeOnly(9, 5)).ToString().Should().Be("2019-05-01T09:05");
    }
}
