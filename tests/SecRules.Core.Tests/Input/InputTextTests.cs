using SecRules.Input;

namespace SecRules.Core.Tests.Input;

public class InputTextTests
{
    [TestCase("P1", "'P1'")]
    [TestCase("line\nbreak", "'line\\nbreak'")]
    [TestCase("tab\there", "'tab\\there'")]
    [TestCase("\u001b[31mred", "'\\u001B[31mred'")]
    [TestCase("bidi\u202Eevil", "'bidi\\u202Eevil'")]
    [TestCase("nul\0", "'nul\\u0000'")]
    public void Quote_Value_IsOneEscapedLine(string value, string quoted)
    {
        InputText.Quote(value).Should().Be(quoted);
    }

    [Test]
    public void Quote_LongValue_IsCutAndSaysHowLongItWas()
    {
        var quoted = InputText.Quote(new string('x', 10_000_000));

        quoted.Should().Be($"'{new string('x', InputLimits.MaxEchoedLength)}... (10000000 characters)'");
    }

    [Test]
    public void Quote_CutBetweenTheHalvesOfASurrogatePair_KeepsThePairWhole()
    {
        var value = new string('x', InputLimits.MaxEchoedLength - 1) + "\U0001F600" + "tail";

        InputText.Quote(value).Should().StartWith($"'{new string('x', InputLimits.MaxEchoedLength - 1)}...");
    }

    [Test]
    public void Escape_PrintableText_IsUnchanged()
    {
        const string text = "Café – Énergie (G3.5), 'quoted'";

        InputText.Escape(text).Should().BeSameAs(text);
    }
}
