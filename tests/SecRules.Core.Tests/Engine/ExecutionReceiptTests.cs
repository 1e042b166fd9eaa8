using System.Globalization;
using SecRules.Engine;

namespace SecRules.Core.Tests.Engine;

public class ExecutionReceiptTests
{
    [TestCase("en-US")]
    [TestCase("de-DE")]
    [TestCase("")]
    public void ToString_AnyCulture_WritesTheEvaluationDateAsAnIsoDate(string culture)
    {
        var receipt = new ExecutionReceipt("0.1.0", "post-secmp0057", "sha256:abc", new DateOnly(2019, 6, 30));
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            receipt.ToString().Should().Be(
                "ExecutionReceipt { EngineVersion = 0.1.0, RulesetId = post-secmp0057, RulesetContentHash = sha256:abc, EvaluationDate = 2019-06-30 }");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
