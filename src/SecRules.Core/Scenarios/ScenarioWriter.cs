using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SecRules.Facts;
using SecRules.Input;

namespace SecRules.Scenarios;

/// <summary>
/// Writes a scenario as a scenario file that <see cref="ScenarioReader"/> reads back to the same
/// facts: the keys in the order the format documents, optional fields only when they have a value,
/// non-compliances under the assessment that found them.
/// </summary>
public static partial class ScenarioWriter
{
    private const string Indent = "  ";

    /// <summary>Writes a scenario file.</summary>
    /// <param name="scenario">The scenario; its facts must be sound (<see cref="FactSet.FindProblems"/>).</param>
    /// <param name="comments">Lines to write first, each as a YAML comment.</param>
    /// <returns>The YAML text, with LF line endings.</returns>
    public static string Write(Scenario scenario, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var yaml = new Writer();
        foreach (var comment in comments ?? [])
        {
            yaml.Line(comment.Length == 0 ? "#" : "# " + comment);
        }

        var facts = scenario.Facts;
        yaml.Key(0, "scenario", scenario.Name);
        yaml.Key(0, "description", scenario.Description);
        yaml.Key(0, "evaluation-date", Date(scenario.EvaluationDate));
        yaml.Items(FactCollections.Parties, facts.Parties, (item, party) =>
        {
            item.Key("id", party.Id).Key("name", party.Name).Key("category", EnumText.Of(party.Category));
            item.Flow("roles", party.Roles.Select(EnumText.Of));
            item.Key("domestic-premises", Number(party.DomesticPremises)).Key("non-domestic-premises", Number(party.NonDomesticPremises));
            item.Nested("premises-changes", party.PremisesChanges, (change, premises) => change
                .Key("from", Date(premises.From))
                .Key("domestic-premises", Number(premises.DomesticPremises))
                .Key("non-domestic-premises", Number(premises.NonDomesticPremises)));
            item.Key("user-entry-completed", Date(party.UserEntryCompleted)).Key("assessment-cycle-start", Date(party.AssessmentCycleStart));
        });
        yaml.Items(FactCollections.SharedResourceProviders, facts.SharedResourceProviders, (item, provider) => item.Key("id", provider.Id).Key("name", provider.Name));
        yaml.Items(FactCollections.UserSystems, facts.UserSystems, (item, system) => item
            .Key("id", system.Id)
            .Key("owner", system.Owner)
            .Key("provider", system.SharedResourceProvider ?? "in-house")
            .Key("first-employed", system.FirstEmployed?.ToString())
            .Key("planned-first-use", Date(system.PlannedFirstUse))
            .Key("replaces", system.Replaces));
        yaml.Items(FactCollections.Assessments, facts.Assessments, (item, assessment) =>
        {
            item.Key("id", assessment.Id).Key("subject", assessment.Subject).Key("kind", EnumText.Of(assessment.AssessmentKind))
                .Key("initial", assessment.Initial ? "true" : null)
                .Key("fieldwork", Date(assessment.Fieldwork))
                .Key("report-issued", Date(assessment.ReportIssued))
                .Key("response-due", Date(assessment.ResponseDue))
                .Key("response-submitted", Date(assessment.ResponseSubmitted))
                .Key("assurance-status", assessment.AssuranceStatus)
                .Key("status-assigned", Date(assessment.StatusAssigned));
            item.Recorded("covers", assessment.Covers);
            item.Nested(FactCollections.NonCompliances, facts.NonCompliances.Where(found => found.Assessment == assessment.Id).ToList(), (nested, nonCompliance) => nested
                .Key("id", nonCompliance.Id)
                .Key("clause", nonCompliance.Clause)
                .Key("material", Boolean(nonCompliance.Material))
                .Key("user-system", nonCompliance.UserSystem)
                .Key("remedy-by", Date(nonCompliance.RemedyBy))
                .Key("remedied", Date(nonCompliance.Remedied)));
        });
        yaml.Items(FactCollections.SscNotifications, facts.SscNotifications, (item, notification) => item
            .Key("id", notification.Id).Key("party", notification.Party).Key("user-system", notification.UserSystem).Key("sent", notification.Sent.ToString()));
        yaml.Items(FactCollections.SscDecisions, facts.SscDecisions, (item, decision) => item
            .Key("id", decision.Id).Key("notification", decision.Notification).Key("decided", Date(decision.Decided)).Key("decision", EnumText.Of(decision.Decision))
            .Key("provider-assessment", decision.ProviderAssessment));
        yaml.Items(FactCollections.SscRequests, facts.SscRequests, (item, request) => item
            .Key("id", request.Id).Key("party", request.Party).Key("made", Date(request.Made)).Key("due", Date(request.Due))
            .Key("complied", Date(request.Complied)).Key("decision", request.Decision).Key("user-system", request.UserSystem)
            .Key("assessment", request.Assessment).Key("requires", request.Requires is { } kind ? EnumText.Of(kind) : null));
        yaml.Items(FactCollections.PanelNotices, facts.PanelNotices, (item, notice) => item
            .Key("id", notice.Id).Key("party", notice.Party).Key("served", Date(notice.Served)).Key("obligation", notice.Obligation)
            .Key("subject", notice.Subject).Key("remedy-by", Date(notice.RemedyBy)).Key("remedied", Date(notice.Remedied)));
        yaml.Items(FactCollections.SmsCountReports, facts.SmsCountReports, (item, report) => item
            .Key("id", report.Id).Key("party", report.Party).Key("submitted", Date(report.Submitted)));
        yaml.Items(FactCollections.SharedResourceUserInformation, facts.SharedResourceUserInformation, (item, information) => item
            .Key("id", information.Id).Key("assessment", information.Assessment).Key("party", information.Party).Key("given", Date(information.Given)));
        return yaml.ToString();
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string? Boolean(bool? flag) => flag switch { true => "true", false => "false", null => null };

    // Plain when the reader would read the text back unchanged; double-quoted otherwise.
    private static string Scalar(string text) =>
        PlainScalar().IsMatch(text) && text is not ("null" or "Null" or "NULL" or "~")
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 .,'()/_+-]*(?<! )$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainScalar();

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();

        public void Line(string line) => _text.Append(line).Append('\n');

        public void Key(int depth, string key, string? value)
        {
            if (value is not null)
            {
                Line($"{Repeat(depth)}{key}: {Scalar(value)}");
            }
        }

        public void Items<T>(string collection, IReadOnlyList<T> items, Action<Item, T> write) => Nested(0, collection, items, write);

        public void Nested<T>(int depth, string key, IReadOnlyList<T> items, Action<Item, T> write)
        {
            if (items.Count == 0)
            {
                return;
            }

            Line($"{Repeat(depth)}{key}:");
            foreach (var value in items)
            {
                write(new Item(this, depth + 1), value);
            }
        }

        public override string ToString() => _text.ToString();

        private static string Repeat(int depth) => string.Concat(Enumerable.Repeat(Indent, depth));

        /// <summary>One item of a list: its first key starts with '- ', the rest align under it.</summary>
        public sealed class Item(Writer writer, int depth)
        {
            private bool _started;

            public Item Key(string key, string? value)
            {
                if (value is not null)
                {
                    writer.Line($"{Prefix()}{key}: {Scalar(value)}");
                }

                return this;
            }

            public void Flow(string key, IEnumerable<string> values)
            {
                var list = values.ToList();
                if (list.Count > 0)
                {
                    writer.Line($"{Prefix()}{key}: [{string.Join(", ", list.Select(Scalar))}]");
                }
            }

            // A list whose absence means "not recorded": written when recorded, even when empty.
            public void Recorded(string key, IReadOnlyList<string>? values)
            {
                if (values is not null)
                {
                    writer.Line($"{Prefix()}{key}: [{string.Join(", ", values.Select(Scalar))}]");
                }
            }

            public void Nested<T>(string key, IReadOnlyList<T> items, Action<Item, T> write)
            {
                if (items.Count == 0)
                {
                    return;
                }

                writer.Line($"{Prefix()}{key}:");
                foreach (var value in items)
                {
                    write(new Item(writer, depth + 2), value);
                }
            }

            private string Prefix()
            {
                var indent = Repeat(depth);
                if (_started)
                {
                    return indent + Indent;
                }

                _started = true;
                return indent + "- ";
            }
        }
    }
}
