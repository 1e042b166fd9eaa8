using SecRules.Assurance;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Cli.Text;

/// <summary>The text form of one ruleset version: its status names, then every obligation with its data.</summary>
internal static class RulesetReport
{
    private const int Width = 96;

    public static void Write(TextWriter writer, RulesetVersion version)
    {
        writer.WriteLine($"{version.Id}: {version.Title}");
        writer.WriteLine(version.EffectiveFrom is { } from ? $"In force from {TextFormat.Date(from)}." : "The baseline text.");
        writer.WriteLine(version.Modifications.Count == 0
            ? "Modifications: none."
            : $"Modifications: {string.Join(", ", version.Modifications.Select(modification => $"{modification.Id} ({TextFormat.Date(modification.Implemented)}, {EnumText.Of(modification.Provenance)})"))}.");
        writer.WriteLine($"Content hash: {version.ContentHash}");
        writer.WriteLine();

        writer.WriteLine("Assurance Status names (read by the date a status was assigned):");
        foreach (var period in version.AssuranceStatuses.Periods)
        {
            var start = period.From is { } date ? $"from {TextFormat.Date(date)}" : "from the start";
            writer.WriteLine($"  {start} [{EnumText.Of(period.Provenance)}, set by {period.SetBy}]: {string.Join(", ", period.Names.Select(Describe))}");
        }

        writer.WriteLine();
        var table = new TextTable("OBLIGATION", "STATUS", "CLAUSE", "PROVENANCE", "INTRODUCED BY", "CHANGED BY");
        foreach (var obligation in version.Obligations)
        {
            table.Add(obligation.Id, EnumText.Of(obligation.Status), obligation.Clause, EnumText.Of(obligation.Provenance),
                obligation.IntroducedBy, obligation.ChangedBy.Count == 0 ? "-" : string.Join(", ", obligation.ChangedBy));
        }

        table.Write(writer, "  ");
        foreach (var obligation in version.Obligations)
        {
            writer.WriteLine();
            WriteObligation(writer, obligation);
        }
    }

    private static void WriteObligation(TextWriter writer, Obligation obligation)
    {
        writer.WriteLine($"{obligation.Id}: {obligation.Title}");
        var source = obligation.Source is null ? string.Empty : $", source {obligation.Source}";
        writer.WriteLine($"  clause {obligation.Clause} [{EnumText.Of(obligation.Provenance)}{source}]; {EnumText.Of(obligation.Status).Replace('-', ' ')}{(obligation.StatusNote is { } note ? $" ({note})" : string.Empty)}");
        if (obligation.Summary is { } summary)
        {
            foreach (var line in TextFormat.Wrap(summary, Width))
            {
                writer.WriteLine($"  {line}");
            }
        }

        foreach (var parameter in obligation.Parameters.Prepend(obligation.Material))
        {
            var parameterSource = parameter.Source is null ? string.Empty : $", source {parameter.Source}";
            var lines = parameter.Display.Split('\n');
            var provenance = $"[{EnumText.Of(parameter.Provenance)}{parameterSource}, set by {parameter.SetBy}]";
            if (lines.Length == 1)
            {
                writer.WriteLine($"  - {parameter.Name} = {parameter.Display} {provenance}{MaterialityCondition(obligation, parameter)}");
            }
            else
            {
                writer.WriteLine($"  - {parameter.Name} {provenance}:");
                foreach (var line in lines)
                {
                    writer.WriteLine($"      {line}");
                }
            }

            if (parameter.Note is { } parameterNote)
            {
                foreach (var line in TextFormat.Wrap(parameterNote, Width - 4))
                {
                    writer.WriteLine($"      {line}");
                }
            }
        }
    }

    private static string Describe(AssuranceStatusName name) =>
        name.AlsoWritten.Count == 0
            ? $"{name.Name} = {EnumText.Of(name.Level)}"
            : $"{name.Name} (also written {string.Join(", ", name.AlsoWritten.Select(form => $"'{form}'"))}) = {EnumText.Of(name.Level)}";

    // An Event of Default derived from a breach of this obligation lists its materiality as a
    // condition: met when a source says so, assumed when the flag is the ruleset's inference.
    private static string MaterialityCondition(Obligation obligation, ParameterValue parameter) =>
        ReferenceEquals(parameter, obligation.Material) && obligation.IsMaterial
            ? $"; M8.1(g) condition {(parameter.Provenance == Provenance.Read ? "met" : "assumed")}"
            : string.Empty;
}
