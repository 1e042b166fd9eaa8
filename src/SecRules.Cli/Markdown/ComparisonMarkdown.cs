using SecRules.Cli.Text;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;

namespace SecRules.Cli.Markdown;

/// <summary>The sections the Markdown reports of diff and explore share: the versions compared and what changes in their text.</summary>
internal static class ComparisonMarkdown
{
    public static void WriteVersions(TextWriter writer, RulesetComparison text)
    {
        var table = new TextTable(string.Empty, "version", "title", "in force", "content hash");
        table.Add("from", MarkdownText.Code(text.From.Id), text.From.Title, TextFormat.InForce(text.From), MarkdownText.Code(TextFormat.ShortHash(text.From.ContentHash)));
        table.Add("to", MarkdownText.Code(text.To.Id), text.To.Title, TextFormat.InForce(text.To), MarkdownText.Code(TextFormat.ShortHash(text.To.ContentHash)));
        table.WriteMarkdown(writer);
    }

    public static void WriteText(TextWriter writer, RulesetComparison text)
    {
        writer.WriteLine("## What changes in the text");
        writer.WriteLine();
        if (text.IsEmpty)
        {
            writer.WriteLine("No obligation differs between the two versions.");
            writer.WriteLine();
            return;
        }

        WriteModifications(writer, $"Modifications that {MarkdownText.Code(text.To.Id)} applies and {MarkdownText.Code(text.From.Id)} does not:", text.ModificationsAdded);
        WriteModifications(writer, $"Modifications that {MarkdownText.Code(text.From.Id)} applies and {MarkdownText.Code(text.To.Id)} does not:", text.ModificationsRemoved);
        foreach (var obligation in text.Obligations)
        {
            var title = (obligation.After ?? obligation.Before)!.Title;
            writer.WriteLine($"### {MarkdownText.Code(obligation.Obligation)}: {title}");
            writer.WriteLine();
            var table = new TextTable("field", text.From.Id, text.To.Id);
            foreach (var difference in obligation.Differences)
            {
                table.Add(difference.Field, ComparisonText.Field(difference.Before), ComparisonText.Field(difference.After));
            }

            table.WriteMarkdown(writer);
            writer.WriteLine();
        }
    }

    /// <summary>Writes one side of a change as a bullet: outcome, citation with its version, and message.</summary>
    public static string Side(string label, Finding? finding) =>
        finding is null
            ? $"**{label}**: no finding."
            : $"**{label}**: {EnumText.Of(finding.Outcome)}, citing {MarkdownText.Code(finding.Citation.Clause)} in {MarkdownText.Code(finding.Citation.RulesetVersion)}. {finding.Message}";

    private static void WriteModifications(TextWriter writer, string heading, IReadOnlyList<Versioning.Modification> modifications)
    {
        if (modifications.Count == 0)
        {
            return;
        }

        writer.WriteLine(heading);
        writer.WriteLine();
        foreach (var modification in modifications)
        {
            writer.WriteLine($"- **{modification.Id}** ({TextFormat.Date(modification.Implemented)}, {EnumText.Of(modification.Provenance)}): {modification.Title}."
                + (modification.Summary is { } summary ? $" {summary}" : string.Empty));
        }

        writer.WriteLine();
    }
}
