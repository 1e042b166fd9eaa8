using System.Globalization;
using SecRules.Cli.Reports;
using SecRules.Cli.Reports.Timelines;
using SecRules.Cli.Rendering.Text;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;

namespace SecRules.Cli.Rendering.Html;

/// <summary>
/// The HTML form of the reports an analyst mails to a colleague: one self-contained file (its style
/// inline, its charts inline SVG, no script, font or image fetched from anywhere), every piece of
/// text from the input escaped.
/// </summary>
internal static class HtmlRenderer
{
    private const string Style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;margin:2rem auto;max-width:70rem;padding:0 1rem}
        h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}h3{margin-top:1.6rem}
        table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#f4f4f6}th.subject{background:#fafafc}td.obligation{padding-left:1.2rem}
        code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}pre{background:#f6f6f8;padding:.6rem;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}
        table.text-difference{table-layout:fixed;width:100%}table.text-difference td:first-child{width:9rem}
        .outcome-compliant{color:#1b6e20}.outcome-breach{color:#fff;background:#b3261e;font-weight:600}
        .outcome-event-of-default-risk{color:#fff;background:#6a1b9a;font-weight:600}.outcome-undetermined{color:#7a5b00;background:#fff4cc}
        .outcome-not-applicable,.not-in-force,.none{color:#777}
        .badge{padding:0 .35rem;border-radius:.2rem}.note{color:#555}.warning{background:#fff4cc;padding:.3rem .5rem}
        li.finding{margin:.6rem 0}li.finding p{margin:.15rem 0}.condition{margin:.2rem 0}.condition .status{font-weight:600}
        .status-met{color:#b3261e}.status-not-met{color:#1b6e20}.status-unknown{color:#7a5b00}
        svg{width:100%;height:auto;font-size:11px}svg .lane{fill:#f7f7f9}svg .lane-name{font-weight:600;fill:#444}
        svg .year{stroke:#ccc}svg text.year{fill:#666;stroke:none}svg .version{stroke:#3559a8;stroke-dasharray:5 4;stroke-width:1.5}
        svg .evaluation{stroke:#111;stroke-width:2}svg .event circle{fill:#3559a8}svg .deadline path{fill:#b3261e}svg .deadline text{fill:#b3261e}
        svg .chart,svg.chart{max-width:48rem}svg .all{fill:#e4e4ea}svg .affected{fill:#b3261e}svg .label{text-anchor:end}
        .before{color:#8a1c14}.after{color:#14532d}del{background:#fde2e0}ins{background:#dcfce7;text-decoration:none}
        """;

    public static void Write(TextWriter writer, EvaluationReport report)
    {
        var html = new HtmlWriter(writer);
        var scenario = report.Scenario;
        Document(html, $"SecRules: {scenario.Name}", () =>
        {
            html.Element("h1", scenario.Name).Line();
            html.Open("p", ("class", "note")).Text($"{scenario.File}, evaluated at {TextFormat.Date(scenario.EvaluationDate)} by SecRules {ComplianceEngine.EngineVersion}.").Close("p").Line();
            if (scenario.Description is { } description)
            {
                html.Element("p", description).Line();
            }

            WriteGrid(html, report);
            html.Open("section", ("id", "timelines")).Element("h2", "Timeline of each User").Line();
            html.Element("p", "Each User's facts against the dates the versions of the legal text took effect (dashed) and the evaluation date (solid); deadlines in red.", ("class", "note")).Line();
            foreach (var timeline in report.Timelines)
            {
                WriteTimeline(html, timeline, "h3");
            }

            html.Close("section").Line();
            html.Open("section", ("id", "findings")).Element("h2", "Findings under each version").Line();
            foreach (var result in report.Results)
            {
                WriteResult(html, report, result);
            }

            html.Close("section").Line();
        });
    }

    public static void Write(TextWriter writer, DiffReport report)
    {
        var html = new HtmlWriter(writer);
        var diff = report.Diff;
        Document(html, $"SecRules: what changes from {diff.From.Id} to {diff.To.Id}", () =>
        {
            html.Open("h1").Text("What changes from ").Element("code", diff.From.Id).Text(" to ").Element("code", diff.To.Id).Close("h1").Line();
            WriteVersions(html, diff.Text);
            if (diff.IsEmpty)
            {
                html.Element("p", $"No difference: the text of every obligation and the outcome of every finding in {ComparisonText.Count(diff.Scenarios.Count, "scenario")} are the same.").Line();
                return;
            }

            WriteText(html, diff.Text);
            html.Open("section", ("id", "who")).Element("h2", "Who is affected").Line();
            html.Element("p", $"{report.Changed.Count} of {ComparisonText.Count(diff.Scenarios.Count, "scenario")} change. By the Party Category of the scenario's parties:").Line();
            WriteAffected(html, report.Affected, "party category");
            if (diff.Summary.Count > 0)
            {
                html.Element("h3", "By obligation").Line();
                html.Open("table", ("class", "summary")).Open("thead");
                html.Row("th", ["obligation", "scenarios", "added", "removed", "outcome changed", "outcomes", "party categories"]);
                html.Close("thead").Open("tbody");
                foreach (var summary in diff.Summary)
                {
                    html.Row("td", [summary.Obligation, TextFormat.Number(summary.Scenarios), TextFormat.Number(summary.Added), TextFormat.Number(summary.Removed),
                        TextFormat.Number(summary.OutcomeChanged), ComparisonText.Transitions(summary.Transitions),
                        string.Join(", ", report.CategoriesChanging(summary.Obligation).Select(category => EnumText.Of(category).Replace('-', ' ')))]);
                }

                html.Close("tbody").Close("table").Line();
            }

            html.Close("section").Line();
            html.Open("section", ("id", "scenarios")).Element("h2", "Each scenario").Line();
            foreach (var scenario in diff.Scenarios)
            {
                html.Open("section", ("class", "scenario")).Element("h3", scenario.Scenario.Name).Line();
                var parties = string.Join("; ", scenario.Scenario.Facts.Parties.Select(party => $"{party.Id} {party.Name} ({EnumText.Of(party.Category).Replace('-', ' ')})"));
                html.Element("p", $"{scenario.Scenario.File}, evaluated at {TextFormat.Date(scenario.Scenario.EvaluationDate)}. Parties: {parties}.", ("class", "note")).Line();
                if (scenario.Changes.Count == 0)
                {
                    html.Element("p", "No finding changes.").Line();
                }
                else
                {
                    WriteChanges(html, scenario.Changes);
                }

                html.Open("details").Element("summary", "Timeline").Line();
                foreach (var timeline in report.Timelines(scenario))
                {
                    WriteTimeline(html, timeline, "h4");
                }

                html.Close("details").Close("section").Line();
            }

            html.Close("section").Line();
        });
    }

    public static void Write(TextWriter writer, ExplorationReport report)
    {
        var html = new HtmlWriter(writer);
        var result = report.Result;
        Document(html, $"SecRules: impact of {result.Text.To.Id} compared with {result.Text.From.Id}", () =>
        {
            html.Open("h1").Text("Impact of ").Element("code", result.Text.To.Id).Text(" compared with ").Element("code", result.Text.From.Id).Close("h1").Line();
            html.Open("p", ("class", "note")).Text("Generated by ").Element("code", report.CommandLine).Text($" (SecRules {ComplianceEngine.EngineVersion}). Outcomes are those the encoded rules give; where a rule or parameter is INFERRED, so is the outcome.").Close("p").Line();
            WriteVersions(html, result.Text);
            WriteText(html, result.Text);
            html.Open("section", ("id", "findings")).Element("h2", "What changes in the findings").Line();
            html.Element("p", ComparisonText.Explored(result)).Line();
            if (result.Classes.Count > 0)
            {
                html.Open("table", ("class", "classes")).Open("thead").Row("th", ["#", "obligation", "before", "after", "scenarios", "only with"]).Close("thead").Open("tbody");
                for (var index = 0; index < result.Classes.Count; index++)
                {
                    var found = result.Classes[index];
                    var only = ExplorationReport.OnlyWith(found).Where(taken => taken.Dimension != result.Space.WhoDimension)
                        .Select(taken => $"{taken.Dimension}: {ExplorationReport.Values(taken, " or ")}");
                    html.Row("td", [TextFormat.Number(index + 1), found.Transition.Obligation, OutcomeTransition.Name(found.Transition.Before),
                        OutcomeTransition.Name(found.Transition.After), TextFormat.Number(found.Scenarios), string.Join("; ", only)], "class");
                }

                html.Close("tbody").Close("table").Line();
            }

            html.Close("section").Line();
            WriteWho(html, report);
            if (result.Classes.Count > 0)
            {
                html.Open("section", ("id", "classes")).Element("h2", "Each change, with its smallest scenario").Line();
                for (var index = 0; index < result.Classes.Count; index++)
                {
                    WriteClass(html, report, index + 1, result.Classes[index]);
                }

                html.Close("section").Line();
            }

            var unchanged = report.Unchanged.ToList();
            html.Open("section", ("id", "unchanged")).Element("h2", "What does not change").Line();
            if (unchanged.Count == 0)
            {
                html.Element("p", "Every value of every dimension appears in some scenario whose findings differ.").Line();
            }
            else
            {
                html.Open("table").Open("thead").Row("th", ["dimension", "value", "scenarios explored"]).Close("thead").Open("tbody");
                foreach (var (dimension, value) in unchanged)
                {
                    html.Row("td", [dimension, value.Label, TextFormat.Number(value.Scenarios)]);
                }

                html.Close("tbody").Close("table").Line();
            }

            html.Close("section").Line();
        });
    }

    private static void Document(HtmlWriter html, string title, Action body)
    {
        html.Markup("<!DOCTYPE html>").Line();
        html.Open("html", ("lang", "en")).Line();
        html.Open("head").Markup("<meta charset=\"utf-8\">").Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Line();
        html.Element("title", title).Line();
        html.Open("style").Line().Markup(Style).Close("style").Line();
        html.Close("head").Line();
        html.Open("body").Line();
        body();
        html.Close("body").Line();
        html.Close("html").Line();
    }

    private static void WriteGrid(HtmlWriter html, EvaluationReport report)
    {
        html.Open("section", ("id", "answer")).Element("h2", "Outcome of each finding under each version").Line();
        var inForce = report.InForceOnEvaluationDate;
        var date = TextFormat.Date(report.Scenario.EvaluationDate);
        html.Open("ul", ("class", "versions")).Line();
        foreach (var version in report.Results.Select(result => result.Version))
        {
            html.Open("li").Element("code", version.Id).Text($": {version.Title} ({TextFormat.InForce(version)})");
            if (report.IsNotYetInForce(version))
            {
                html.Element("span", $" Not yet in force on {date}: shown as if it were.", ("class", "warning"));
            }
            else if (version == inForce)
            {
                html.Element("strong", $" The version in force on {date}.");
            }

            html.Close("li").Line();
        }

        html.Close("ul").Line();
        html.Open("table", ("class", "grid")).Open("thead").Open("tr").Element("th", "subject / obligation");
        foreach (var result in report.Results)
        {
            html.Element("th", result.Version.Id, ("class", report.IsNotYetInForce(result.Version) ? "not-yet-in-force" : null));
        }

        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        Facts.FactRef? subject = null;
        foreach (var row in report.Grid)
        {
            if (row.Subject != subject)
            {
                subject = row.Subject;
                html.Open("tr").Element("th", subject.ToString()!, ("class", "subject"), ("colspan", (report.Results.Count + 1).ToString(CultureInfo.InvariantCulture))).Close("tr").Line();
            }

            html.Open("tr", ("data-subject", row.Subject.ToString()), ("data-obligation", row.Obligation)).Element("td", row.Label, ("class", "obligation"));
            foreach (var cell in row.Cells)
            {
                var label = ComparisonText.GridCell(cell);
                var worst = cell.Outcomes.OrderByDescending(Severity).FirstOrDefault();
                var css = cell.Findings.Count == 0 ? "none"
                    : worst == Outcome.NotApplicable && !cell.ObligationInForce ? "not-in-force"
                    : OutcomeClass(worst);
                html.Element("td", label, ("class", css));
            }

            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line().Close("section").Line();
    }

    private static void WriteResult(HtmlWriter html, EvaluationReport report, EvaluationResult result)
    {
        html.Open("section", ("class", "version"), ("id", $"version-{result.Version.Id}")).Element("h3", TextFormat.Version(result.Version)).Line();
        html.Element("p", $"Ruleset {result.Receipt.RulesetId} {result.Receipt.RulesetContentHash}, engine {result.Receipt.EngineVersion}, evaluated at {TextFormat.Date(result.Receipt.EvaluationDate)}.", ("class", "note")).Line();
        if (report.IsNotYetInForce(result.Version))
        {
            html.Element("p", $"Not yet in force on {TextFormat.Date(report.Scenario.EvaluationDate)}: these findings read the facts as if this text had applied then.", ("class", "warning")).Line();
        }

        if (result.Findings.Count == 0)
        {
            html.Element("p", "No findings.").Line();
        }
        else
        {
            html.Open("ol", ("class", "findings")).Line();
            foreach (var finding in result.Findings)
            {
                WriteFinding(html, finding);
            }

            html.Close("ol").Line();
        }

        html.Close("section").Line();
    }

    private static void WriteFinding(HtmlWriter html, Finding finding)
    {
        html.Open("li", ("class", "finding"), ("data-obligation", finding.Obligation), ("data-subject", finding.Subject.ToString()),
            ("data-outcome", EnumText.Of(finding.Outcome)), ("data-version", finding.Citation.RulesetVersion));
        html.Open("p").Element("span", finding.Outcome.ToString(), ("class", $"badge {OutcomeClass(finding.Outcome)}")).Text(" ")
            .Element("code", finding.Obligation).Text($" for {finding.Subject}").Close("p");
        html.Element("p", $"Citing {finding.Citation}, {EnumText.Of(finding.Provenance)}.", ("class", "citation"));
        html.Element("p", finding.Message, ("class", "message"));
        if (finding.MissingFacts.Count > 0)
        {
            html.Open("ul", ("class", "missing"));
            foreach (var missing in finding.MissingFacts)
            {
                html.Element("li", $"Missing: {missing}");
            }

            html.Close("ul");
        }

        if (finding.Conditions.Count > 0)
        {
            html.Open("ul", ("class", "conditions"));
            foreach (var condition in finding.Conditions)
            {
                var status = EnumText.Of(condition.Status);
                html.Open("li", ("class", $"condition status-{status}"), ("data-status", status)).Element("span", $"[{status}]", ("class", "status"))
                    .Text($" {condition.Condition} ").Element("span", condition.Basis, ("class", "basis")).Close("li");
            }

            html.Close("ul");
        }

        html.Close("li").Line();
    }

    private static void WriteTimeline(HtmlWriter html, UserTimeline timeline, string heading)
    {
        html.Open("figure", ("class", "user-timeline"), ("data-party", timeline.Party.Id));
        html.Element(heading, $"{timeline.Party.Id} {timeline.Party.Name} ({EnumText.Of(timeline.Party.Category).Replace('-', ' ')})").Line();
        TimelineSvg.Write(html, timeline);
        html.Open("details").Element("summary", "The same events as a table").Line();
        html.Open("table", ("class", "events")).Open("thead").Row("th", ["date", "row", "event"]).Close("thead").Open("tbody");
        foreach (var item in timeline.Events)
        {
            html.Row("td", [TextFormat.Date(item.Date), TimelineSvg.LaneName(item.Lane), item.IsDeadline ? $"{item.Label} (deadline)" : item.Label], item.IsDeadline ? "deadline" : null);
        }

        html.Close("tbody").Close("table").Close("details").Close("figure").Line();
    }

    private static void WriteVersions(HtmlWriter html, RulesetComparison text)
    {
        html.Open("table", ("class", "compared")).Open("thead").Row("th", [string.Empty, "version", "title", "in force", "content hash"]).Close("thead").Open("tbody");
        html.Row("td", ["from", text.From.Id, text.From.Title, TextFormat.InForce(text.From), TextFormat.ShortHash(text.From.ContentHash)]);
        html.Row("td", ["to", text.To.Id, text.To.Title, TextFormat.InForce(text.To), TextFormat.ShortHash(text.To.ContentHash)]);
        html.Close("tbody").Close("table").Line();
    }

    private static void WriteText(HtmlWriter html, RulesetComparison text)
    {
        html.Open("section", ("id", "text")).Element("h2", "What changes in the text").Line();
        if (text.IsEmpty)
        {
            html.Element("p", "No obligation differs between the two versions.").Line();
            html.Close("section").Line();
            return;
        }

        foreach (var (modifications, verb) in new[] { (text.ModificationsAdded, "applies"), (text.ModificationsRemoved, "no longer applies") })
        {
            if (modifications.Count == 0)
            {
                continue;
            }

            html.Element("p", $"Modifications that {(verb == "applies" ? text.To.Id : text.From.Id)} applies and {(verb == "applies" ? text.From.Id : text.To.Id)} does not:").Open("ul").Line();
            foreach (var modification in modifications)
            {
                html.Open("li").Element("strong", modification.Id).Text($" ({TextFormat.Date(modification.Implemented)}, {EnumText.Of(modification.Provenance)}): {modification.Title}."
                    + (modification.Summary is { } summary ? $" {summary}" : string.Empty)).Close("li").Line();
            }

            html.Close("ul").Line();
        }

        foreach (var obligation in text.Obligations)
        {
            html.Open("h3").Element("code", obligation.Obligation).Text($": {(obligation.After ?? obligation.Before)!.Title}").Close("h3").Line();
            html.Open("table", ("class", "text-difference")).Open("thead").Row("th", ["field", text.From.Id, text.To.Id]).Close("thead").Open("tbody");
            foreach (var change in obligation.Differences.Select(difference => new FieldChange(difference)))
            {
                var difference = change.Difference;
                html.Open("tr", ("data-field", difference.Field)).Element("td", difference.Field);
                if (change.IsMultiLine)
                {
                    html.Open("td", ("class", "rows"), ("colspan", "2")).Element("p", "The rows that change:", ("class", "note")).Open("pre");
                    foreach (var row in change.Rows)
                    {
                        html.Element(row.Kind switch { RowChangeKind.Removed => "del", RowChangeKind.Added => "ins", _ => "span" }, ComparisonText.Row(row) + "\n",
                            ("class", row.Kind == RowChangeKind.Same ? "same" : null));
                    }

                    html.Close("pre").Close("td");
                }
                else
                {
                    html.Open("td", ("class", "before")).Element("pre", ComparisonText.Field(difference.Before)).Close("td");
                    html.Open("td", ("class", "after")).Element("pre", ComparisonText.Field(difference.After)).Close("td");
                }

                html.Close("tr").Line();
            }

            html.Close("tbody").Close("table").Line();
        }

        html.Close("section").Line();
    }

    private static void WriteAffected(HtmlWriter html, IReadOnlyList<AffectedGroup> groups, string group)
    {
        html.Open("table", ("class", "affected")).Open("thead").Row("th", [group, "scenarios", "affected", "share"]).Close("thead").Open("tbody");
        foreach (var affected in groups)
        {
            var share = affected.Scenarios == 0 ? "-" : (100.0 * affected.Affected / affected.Scenarios).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            html.Row("td", [affected.Label, TextFormat.Number(affected.Scenarios), TextFormat.Number(affected.Affected), share]);
        }

        html.Close("tbody").Close("table").Line();
        BarChartSvg.Write(html, groups, $"Scenarios affected by {group}");
    }

    private static void WriteWho(HtmlWriter html, ExplorationReport report)
    {
        if (report.Who is not { } who)
        {
            return;
        }

        html.Open("section", ("id", "who")).Element("h2", "Who is affected").Line();
        html.Element("p", $"Scenarios explored and those whose findings differ, by the {who.Dimension} of the User:").Line();
        WriteAffected(html, report.Affected, who.Dimension);
        if (report.Result.Classes.Count > 0)
        {
            html.Element("p", $"The {who.Dimension} of the User in the scenarios of each class (yes: some scenario of the class has it):").Line();
            html.Open("table", ("class", "who")).Open("thead").Row("th", ["change", .. who.Values.Select(value => value.Label)]).Close("thead").Open("tbody");
            foreach (var found in report.Result.Classes)
            {
                var taken = found.ValuesTaken.Single(values => values.Dimension == who.Dimension).Values;
                html.Row("td", [$"{found.Transition.Obligation}: {found.Transition.Describe()}", .. who.Values.Select(value => taken.Contains(value.Label) ? "yes" : "no")]);
            }

            html.Close("tbody").Close("table").Line();
        }

        html.Close("section").Line();
    }

    private static void WriteClass(HtmlWriter html, ExplorationReport report, int number, DifferenceClass found)
    {
        var result = report.Result;
        html.Open("section", ("class", "difference-class"), ("data-obligation", found.Transition.Obligation));
        html.Open("h3").Text($"{number}. ").Element("code", found.Transition.Obligation).Text($": {found.Transition.Describe()}").Close("h3").Line();
        html.Element("p", $"{TextFormat.Number(found.Scenarios)} of the {TextFormat.Number(result.Evaluated)} scenarios evaluated. In the smallest:").Line();
        WriteChanges(html, [found.ExampleChange]);
        var only = ExplorationReport.OnlyWith(found).ToList();
        if (only.Count > 0)
        {
            html.Element("p", "It happens only with:").Open("ul");
            foreach (var taken in only)
            {
                html.Element("li", $"{taken.Dimension}: {ExplorationReport.Values(taken, "; ")}");
            }

            html.Close("ul").Line();
        }

        foreach (var timeline in report.Timelines(found))
        {
            WriteTimeline(html, timeline, "h4");
        }

        html.Open("details").Element("summary", $"The smallest scenario ({found.Example.Facts.All.Count()} facts), {found.Example.File}")
            .Element("pre", ExampleScenario.Text(result, found)).Close("details").Close("section").Line();
    }

    private static void WriteChanges(HtmlWriter html, IReadOnlyList<FindingChange> changes)
    {
        html.Open("table", ("class", "changes")).Open("thead").Row("th", ["#", "change", "obligation", "subject", "before", "after"]).Close("thead").Open("tbody");
        for (var index = 0; index < changes.Count; index++)
        {
            var change = changes[index];
            html.Open("tr", ("class", "change"), ("data-obligation", change.Obligation), ("data-subject", change.Subject.ToString()));
            foreach (var cell in new[] { TextFormat.Number(index + 1), EnumText.Of(change.Kind), change.Obligation, ComparisonText.Subject(change) })
            {
                html.Element("td", cell);
            }

            html.Element("td", OutcomeTransition.Name(change.OutcomeBefore), ("class", change.OutcomeBefore is { } before ? OutcomeClass(before) : "none"));
            html.Element("td", OutcomeTransition.Name(change.OutcomeAfter), ("class", change.OutcomeAfter is { } after ? OutcomeClass(after) : "none"));
            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line();
        html.Open("ol", ("class", "sides")).Line();
        foreach (var change in changes)
        {
            html.Open("li").Open("p", ("class", "before")).Element("strong", "Before: ").Text(ComparisonText.Side(change.Before)).Close("p");
            html.Open("p", ("class", "after")).Element("strong", "After: ").Text(ComparisonText.Side(change.After)).Close("p").Close("li").Line();
        }

        html.Close("ol").Line();
    }

    private static string OutcomeClass(Outcome outcome) => $"outcome-{EnumText.Of(outcome)}";

    // Which outcome of a cell with several colours it: the one that needs most attention.
    private static int Severity(Outcome outcome) => outcome switch
    {
        Outcome.EventOfDefaultRisk => 4,
        Outcome.Breach => 3,
        Outcome.Undetermined => 2,
        Outcome.Compliant => 1,
        _ => 0,
    };
}
