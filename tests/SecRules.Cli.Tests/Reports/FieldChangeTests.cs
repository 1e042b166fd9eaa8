using SecRules.Cli.Reports;
using SecRules.Impact;

namespace SecRules.Cli.Tests.Reports;

public class FieldChangeTests
{
    [Test]
    public void FieldChange_OneLineValues_AreShownWhole()
    {
        var change = new FieldChange(new TextDifference("clause", "G8", "G8.47"));

        change.IsMultiLine.Should().BeFalse();
        change.Rows.Should().BeEmpty();
    }

    [Test]
    public void FieldChange_MultiLineValues_GiveOnlyTheRowsThatChangeWithTheirIndentation()
    {
        var change = new FieldChange(new TextDifference("parameter schedule",
            "small-supplier:\n  year 1: full\n  year 2: self\n  year 3: self\nother-user:\n  year 1: full",
            "small-supplier:\n  year 1: full\n  year 2: verification\n  year 3: self\nother-user:\n  year 1: full\n  year 2: verification"));

        change.IsMultiLine.Should().BeTrue();
        change.Rows.Should().Equal(
            new RowChange(RowChangeKind.Same, string.Empty, 2),
            new RowChange(RowChangeKind.Removed, "  year 2: self"),
            new RowChange(RowChangeKind.Added, "  year 2: verification"),
            new RowChange(RowChangeKind.Same, string.Empty, 3),
            new RowChange(RowChangeKind.Added, "  year 2: verification"));
    }

    [Test]
    public void FieldChange_ValueAddedWhole_IsEveryRowAdded()
    {
        var change = new FieldChange(new TextDifference("parameter schedule", null, "a\n  b"));

        change.Rows.Should().Equal(new RowChange(RowChangeKind.Added, "a"), new RowChange(RowChangeKind.Added, "  b"));
    }
}
