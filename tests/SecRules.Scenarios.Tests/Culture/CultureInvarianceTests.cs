using System.Globalization;
using SecRules.Input;
using SecRules.Output;
using SecRules.Rulesets;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Culture;

/// <summary>
/// A tool that references the library runs under its user's culture, which the command line never
/// does (it is built with invariant globalization). The whole scenario library, under every version,
/// gives byte for byte the JSON it gives under the invariant culture, whatever the calendar, digits
/// or signs of the culture: Hijri (ar-SA), Persian (fa-IR), Thai Buddhist (th-TH) among them.
/// </summary>
[NonParallelizable]
[Category(TestCategories.Slow)]
public class CultureInvarianceTests
{
    [SetUp]
    public void SkipIfAsked() => TestCategories.SkipIfSlowTestsAreOff();

    private static readonly string[] Folders = ["examples", "scenarios"];

    [TestCase("ar-SA")]
    [TestCase("fa-IR")]
    [TestCase("th-TH")]
    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    public void Evaluate_ScenarioLibraryUnderACulture_WritesTheInvariantJson(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        Assume.That(name == "tr-TR" || name == "de-DE" || culture.Calendar is not GregorianCalendar, $"{name} needs ICU's calendars");
        var scenarios = ScenarioFiles.ReadAll(Folders.Select(RepositoryPaths.Of), SectionG.Rulesets);
        var invariant = Under(CultureInfo.InvariantCulture, () => scenarios.Select(Json).ToList());

        var local = Under(culture, () => scenarios.Select(Json).ToList());

        local.Should().Equal(invariant);
    }

    [TestCase("ar-SA")]
    [TestCase("fa-IR")]
    [TestCase("th-TH")]
    public void Read_BadInputUnderACulture_GivesTheInvariantMessage(string name)
    {
        string[] texts =
        [
            "scenario: x\nevaluation-date: 9999-12-31\n",
            "scenario: x\nevaluation-date: 2019-06-30\nparties:\n  - { id: P1, name: n, category: small-supplier, domestic-premises: -5 }\n",
            "[" + string.Join(",", Enumerable.Repeat("x", InputLimits.MaxCollectionItems + 1)) + "]",
        ];
        var invariant = Under(CultureInfo.InvariantCulture, () => texts.Select(Error).ToList());

        var local = Under(CultureInfo.GetCultureInfo(name), () => texts.Select(Error).ToList());

        local.Should().Equal(invariant);
    }

    private static string Json(Scenario scenario) =>
        ResultJson.Write(scenario, SectionG.Engine.EvaluateAll(scenario.Facts, scenario.EvaluationDate));

    private static string Error(string text)
    {
        try
        {
            ScenarioReader.Read("bad.yaml", text, SectionG.Rulesets);
            return "no error";
        }
        catch (InvalidInputException exception)
        {
            return exception.Message;
        }
    }

    private static T Under<T>(CultureInfo culture, Func<T> run)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
