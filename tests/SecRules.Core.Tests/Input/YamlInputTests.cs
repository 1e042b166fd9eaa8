using System.Globalization;
using System.Text;
using SecRules.Input;

namespace SecRules.Core.Tests.Input;

/// <summary>The YAML reader's bounds and its refusals of what YamlDotNet would crash, hang or say badly on.</summary>
public class YamlInputTests
{
    private const string Expected = "a test document";

    [Test]
    public void Load_NestingAtTheLimit_Reads()
    {
        var text = new string('[', InputLimits.MaxDepth) + new string(']', InputLimits.MaxDepth);

        var act = () => YamlInput.Load("t.yaml", text, Expected);

        act.Should().NotThrow();
    }

    [Test]
    public void Load_NestingOneBeyondTheLimit_IsRefusedWhereItCrossesIt()
    {
        var text = new string('[', InputLimits.MaxDepth + 1) + new string(']', InputLimits.MaxDepth + 1);

        Error(text).Should().Be("t.yaml:1:33: lists and mappings nest more than 32 levels deep; expected at most 32 levels");
    }

    [Test]
    public void Load_HundredThousandOpeningBrackets_IsRefusedWithoutOverflowingTheStack()
    {
        Error(new string('[', 100_000)).Should().StartWith("t.yaml:1:33: lists and mappings nest more than 32 levels deep");
    }

    [Test]
    public void Load_ListAtTheLimit_ReadsAndOneMoreIsRefused()
    {
        var atLimit = "[" + string.Join(",", Enumerable.Repeat("x", InputLimits.MaxCollectionItems)) + "]";
        var beyond = "[" + string.Join(",", Enumerable.Repeat("x", InputLimits.MaxCollectionItems + 1)) + "]";

        YamlInput.Load("t.yaml", atLimit, Expected).AsSequence("a list").Should().HaveCount(InputLimits.MaxCollectionItems);
        Error(beyond).Should().Contain("a list holds more than 5000 items; expected at most 5000");
    }

    [Test]
    public void Load_AliasesExpandingBeyondTheLimit_AreRefusedAtTheAliasThatCrossesIt()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 7; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        Error(text.ToString()).Should().Contain("the document holds more than 50000 values, each use of an alias counted as a copy");
    }

    [Test]
    public void Load_AliasesWithinTheLimit_ReadAsCopies()
    {
        var value = YamlInput.Load("t.yaml", "a: &a [x, y]\nb: *a\n", Expected).AsMapping("a mapping", "a", "b");

        value.Required("b").AsSequence("a list").Select(item => item.AsText("text")).Should().Equal("x", "y");
    }

    [TestCase("a: &a [x, *a]\n", "t.yaml:1:11: the alias *a refers to a value that contains it; expected an alias to a complete value")]
    [TestCase("a: *b\n", "t.yaml:1:4: the alias *b names no anchor before it; expected an anchor '&b' earlier in the file")]
    [TestCase("*a\n", "t.yaml:1:1: the document is only an alias; expected a test document")]
    [TestCase("? [a]\n: b\n", "t.yaml:1:3: a mapping key is a list, a mapping or an alias; expected plain text before the ':'")]
    [TestCase("a: &k x\n*k : y\n", "t.yaml:2:1: a mapping key is a list, a mapping or an alias; expected plain text before the ':'")]
    [TestCase("a: 1\nb: 2\na: 3\n", "t.yaml:3:1: the key 'a' is given twice in one mapping (first at line 1); expected each key once")]
    [TestCase("- : x\n", "t.yaml:1:4: a mapping entry has neither key nor value; expected 'key: value'")]
    [TestCase("a: !!binary aGVsbG8=\n", "t.yaml:1:4: the tag 'tag:yaml.org,2002:binary' is not supported; expected a value without a '!' tag")]
    [TestCase("a: 1\n...\nb: 2\n", "t.yaml:3:1: the file holds more than one YAML document (text after a '---' or '...' line); expected a single document with a test document")]
    [TestCase("a: \"b\u001b[31m\"\n", "t.yaml:1:6: the character U+001B cannot appear in YAML; expected printable text (a control character written as an escape in a double-quoted value)")]
    [TestCase("", "t.yaml:1:1: the file is empty; expected a test document")]
    public void Load_StructureTheFormatsDoNotUse_IsRefusedWithWhereAndWhatWasExpected(string text, string error)
    {
        Error(text).Should().Be(error);
    }

    [TestCase("a: [b, c\nd: e\n")]
    [TestCase("a: {b: c\n")]
    [TestCase("a: \"b\n")]
    [TestCase("a: 'b\n")]
    [TestCase("a:\n  b: c\n d: e\n")]
    [TestCase("a:\n\tb: c\n")]
    [TestCase("a: @b\n")]
    [TestCase("a: `b\n")]
    [TestCase("a: \"\\q\"\n")]
    [TestCase("a: \"\\x4\"\n")]
    [TestCase("a: b: c\n")]
    [TestCase("- a\nb: c\n")]
    [TestCase("a: |0\n  b\n")]
    [TestCase("%YAML 1.1\n%YAML 1.1\n--- a\n")]
    [TestCase("a: &\n")]
    [TestCase("a: !<x\n")]
    [TestCase("a: b\n... c\n")]
    [TestCase("a: b #c\n  #d\n e\n")]
    public void Load_MalformedYaml_SaysWhatWasExpected(string text)
    {
        Error(text).Should().MatchRegex(@"^t\.yaml:\d+:\d+: malformed YAML: [^\n]+; expected [^\n]+$");
    }

    [Test]
    public void Load_TextLongerThanTheFileLimit_IsRefusedAtTheLineItCrossesIt()
    {
        var text = "a: b\n" + new string('x', InputLimits.MaxFileBytes);

        Error(text).Should().StartWith("t.yaml:2:1048572: the text is longer than 1048576 characters");
    }

    [Test]
    public void Load_FileNameWithAControlCharacter_PrintsItEscaped()
    {
        var act = () => YamlInput.Load("a\nb.yaml", "- : x\n", Expected);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith("a\\nb.yaml:1:4: ");
    }

    private static string Error(string text)
    {
        var act = () => YamlInput.Load("t.yaml", text, Expected);
        return act.Should().Throw<InvalidInputException>().Which.Message;
    }
}
