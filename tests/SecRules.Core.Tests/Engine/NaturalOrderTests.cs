using SecRules.Engine;

namespace SecRules.Core.Tests.Engine;

public class NaturalOrderTests
{
    [Test]
    public void Compare_NumberedIds_OrdersDigitRunsByValue()
    {
        string[] ids = ["A10", "A9", "B1", "A1", "A09", "A", "S2a", "S2"];

        ids.Order(NaturalOrder.Instance).Should().Equal("A", "A1", "A09", "A9", "A10", "B1", "S2", "S2a");
    }
}
