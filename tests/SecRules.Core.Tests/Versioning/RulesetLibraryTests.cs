using SecRules.Core.Tests.Support;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Core.Tests.Versioning;

public class RulesetLibraryTests
{
    [Test]
    public void Load_ValidFiles_BuildsVersionsInOrderWithTheirDates()
    {
        var library = TestRulesets.Load();

        library.Versions.Select(version => version.Id).Should().Equal("v0", "v1", "v2");
        library.Versions.Select(version => version.EffectiveFrom).Should().Equal(null, new DateOnly(2018, 8, 22), new DateOnly(2019, 2, 28));
        library.Get("v2").Modifications.Select(modification => modification.Id).Should().Equal("M1", "M2");
        library.Get("v2").OwnModifications.Select(modification => modification.Id).Should().Equal("M2");
    }

    [TestCase("2000-01-01", "v0")]
    [TestCase("2018-08-21", "v0")]
    [TestCase("2018-08-22", "v1")]
    [TestCase("2019-02-27", "v1")]
    [TestCase("2019-02-28", "v2")]
    [TestCase("2030-01-01", "v2")]
    public void AsOf_Date_ResolvesTheVersionInForceThatDay(string date, string expected)
    {
        TestRulesets.Load().AsOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Id.Should().Be(expected);
    }

    [Test]
    public void Get_UnknownId_ThrowsNamingTheKnownVersions()
    {
        var act = () => TestRulesets.Load().Get("v9");

        act.Should().Throw<KeyNotFoundException>().WithMessage("unknown ruleset version 'v9'; expected one of: v0, v1, v2");
    }

    [Test]
    public void Versions_AddedObligation_IsNotYetInForceBeforeItsModification()
    {
        var library = TestRulesets.Load();

        var beta = library.Get("v0").GetObligation("beta");

        beta.Status.Should().Be(ObligationStatus.NotYetInForce);
        beta.StatusNote.Should().Be("introduced by M1, in force from 2018-08-22");
        library.Get("v1").GetObligation("beta").IsInForce.Should().BeTrue();
        library.Get("v1").GetObligation("beta").IntroducedBy.Should().Be("M1");
    }

    [Test]
    public void Versions_AmendedObligation_CarriesTheNewClauseAndParameterFromItsModificationOn()
    {
        var library = TestRulesets.Load();

        library.Get("v0").GetObligation("alpha").Clause.Should().Be("A1.1");
        library.Get("v0").GetObligation("alpha").Get(ProbeRule.Within).Should().Be(new Period(10, PeriodUnit.Days));
        var amended = library.Get("v1").GetObligation("alpha");
        amended.Clause.Should().Be("A1.2");
        amended.Get(ProbeRule.Within).Should().Be(new Period(15, PeriodUnit.Days));
        amended.Parameters.Single(parameter => parameter.Name == "within").SetBy.Should().Be("M1");
        amended.Parameters.Single(parameter => parameter.Name == "from").SetBy.Should().Be("baseline");
        amended.ChangedBy.Should().Equal("M1");
        amended.Citation.Should().Be(new Citation("A1.2", "v1"));
    }

    [Test]
    public void Versions_RetiredObligation_IsRetiredWithItsReason()
    {
        var gamma = TestRulesets.Load().Get("v2").GetObligation("gamma");

        gamma.Status.Should().Be(ObligationStatus.Retired);
        gamma.StatusNote.Should().Be("retired by M2 from 2019-02-28: folded into alpha");
    }

    [Test]
    public void Versions_ListObligationsInTheCatalogueOrderInEveryVersion()
    {
        var library = TestRulesets.Load();

        foreach (var version in library.Versions)
        {
            version.Obligations.Select(obligation => obligation.Id).Should().Equal("alpha", "beta", "gamma");
        }
    }

    [Test]
    public void ContentHash_SameContent_IsEqualAndAnyParameterChangeChangesIt()
    {
        var first = TestRulesets.Load();
        var second = TestRulesets.Load();
        var changed = TestRulesets.LoadWith("m2.yaml", TestRulesets.M2.Replace("folded into alpha", "folded into beta", StringComparison.Ordinal));

        second.Get("v2").ContentHash.Should().Be(first.Get("v2").ContentHash);
        first.Get("v2").ContentHash.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        first.Get("v1").ContentHash.Should().NotBe(first.Get("v0").ContentHash);
        changed.Get("v2").ContentHash.Should().NotBe(first.Get("v2").ContentHash);
        changed.Get("v1").ContentHash.Should().Be(first.Get("v1").ContentHash);
    }

    [Test]
    public void ApplyDrafts_Amendment_GivesANewVersionAndLeavesTheBaseUnchanged()
    {
        var library = TestRulesets.Load();
        var draftFile = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(draftFile, """
            id: DRAFT1
            title: A draft
            implemented: 2025-01-01
            provenance: INFERRED
            changes:
              - amend:
                  id: beta
                  parameters:
                    within: { value: 5 working days, provenance: INFERRED }
            """);
        try
        {
            var draft = library.ReadModification(draftFile);
            var drafted = library.ApplyDrafts(library.Get("v2"), [draft]);

            drafted.Id.Should().Be("v2+DRAFT1");
            drafted.IsDraft.Should().BeTrue();
            drafted.DraftOf.Should().Be("v2");
            drafted.GetObligation("beta").Get(ProbeRule.Within).Should().Be(new Period(5, PeriodUnit.WorkingDays));
            library.Get("v2").GetObligation("beta").Get(ProbeRule.Within).Should().Be(new Period(20, PeriodUnit.WorkingDays));
            library.ApplyDrafts(library.Get("v2"), []).ContentHash.Should().Be(library.Get("v2").ContentHash);
        }
        finally
        {
            File.Delete(draftFile);
        }
    }

    [TestCase("m1.yaml", "  - add:\n      id: delta", "mem/m1.yaml:7:11: unknown obligation 'delta': no rule class evaluates it; expected one of: alpha, beta, gamma")]
    [TestCase("m1.yaml", "            within: { value: 15 days, provenance: READ }", "mem/m1.yaml:19:9: unknown key 'withn' in the parameters of 'alpha'; expected one of: from, within")]
    [TestCase("m1.yaml", "implemented: 2018-08-22", "mem/m1.yaml:3:14: '2018-02-30' is not a valid date; expected the implementation date as YYYY-MM-DD")]
    [TestCase("m2.yaml", "      id: gamma", "mem/m2.yaml:9:5: cannot retire obligation 'gamma': it was retired by M2; expected one of the obligations in force: alpha, beta")]
    [TestCase("baseline.yaml", "    provenance: SEED", "mem/baseline.yaml:18:17: 'MAYBE' is not a provenance; expected one of: READ, SEED, INFERRED")]
    public void Load_BadFile_ThrowsOneLineNamingFileLineAndColumn(string path, string line, string expected)
    {
        var replacement = path switch
        {
            "m1.yaml" when line.Contains("delta", StringComparison.Ordinal) => TestRulesets.M1.Replace("  - add:\n      id: beta", line, StringComparison.Ordinal),
            "m1.yaml" when line.Contains("within", StringComparison.Ordinal) => TestRulesets.M1.Replace(line.Trim(), "withn: { value: 15 days, provenance: READ }", StringComparison.Ordinal),
            "m1.yaml" => TestRulesets.M1.Replace(line, "implemented: 2018-02-30", StringComparison.Ordinal),
            "m2.yaml" => TestRulesets.M2 + "\n  - retire:\n      id: gamma\n      reason: again",
            _ => TestRulesets.Baseline.Replace(line, "    provenance: MAYBE", StringComparison.Ordinal),
        };

        var act = () => TestRulesets.LoadWith(path, replacement);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be(expected);
    }

    [Test]
    public void Load_ObligationWithoutAParameterItsRuleNeeds_IsAnError()
    {
        var baseline = TestRulesets.Baseline.Replace("      within: { value: 10 days, provenance: INFERRED, note: A guess. }\n", string.Empty, StringComparison.Ordinal);

        var act = () => TestRulesets.LoadWith("baseline.yaml", baseline);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .StartWith("mem/baseline.yaml:13:7: obligation 'alpha' gives no value for the parameter 'within'; expected a period");
    }

    [Test]
    public void Load_AddingAnObligationAlreadyInForce_IsAnError()
    {
        var m2 = TestRulesets.M2.Replace("  - retire:\n      id: gamma\n      reason: folded into alpha", """
              - add:
                  id: alpha
                  title: Alpha again
                  clause: A9
                  provenance: READ
                  material: { value: true, provenance: INFERRED }
                  parameters:
                    from: { value: 2019-01-01, provenance: READ }
                    within: { value: 1 day, provenance: READ }
            """, StringComparison.Ordinal);

        var act = () => TestRulesets.LoadWith("m2.yaml", m2);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("mem/m2.yaml:6:5: cannot add obligation 'alpha': it is already in force; expected 'replace' or 'amend' to change it");
    }

    [Test]
    public void Load_VersionsOutOfDateOrder_IsAnError()
    {
        var m2 = TestRulesets.M2.Replace("2019-02-28", "2018-01-01", StringComparison.Ordinal);

        var act = () => TestRulesets.LoadWith("m2.yaml", m2);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("mem/ruleset.yaml:10:5: version 'v2' takes effect on 2018-01-01, not after the version before it (2018-08-22); expected versions in order of implementation date");
    }

    [Test]
    public void Load_MissingModificationFile_NamesTheFile()
    {
        var files = TestRulesets.Files();
        files.Remove("m2.yaml");

        var act = () => TestRulesets.Load(files);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be("mem/m2.yaml:1:1: file not found; expected a modification");
    }

    [TestCase("baseline: baseline.yaml", "baseline: ../../outside.yaml", "mem/ruleset.yaml:3:11: the path '../../outside.yaml' leads outside the ruleset folder; expected the path of the baseline file: a relative path inside the folder, without '..'")]
    [TestCase("baseline: baseline.yaml", "baseline: /etc/passwd", "mem/ruleset.yaml:3:11: the path '/etc/passwd' leads outside the ruleset folder; expected the path of the baseline file: a relative path inside the folder, without '..'")]
    [TestCase("modifications: [m1.yaml]", "modifications: [sub/../../m1.yaml]", "mem/ruleset.yaml:9:21: the path 'sub/../../m1.yaml' leads outside the ruleset folder; expected the path of a modification file: a relative path inside the folder, without '..'")]
    public void Load_ManifestNamingAFileOutsideItsFolder_IsAnErrorAtThePath(string original, string replacement, string expected)
    {
        var act = () => TestRulesets.LoadWith("ruleset.yaml", TestRulesets.Manifest.Replace(original, replacement, StringComparison.Ordinal));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Be(expected);
    }

    [Test]
    public void ApplyDrafts_OverAVersionOfAnotherLibrary_IsRefused()
    {
        var library = TestRulesets.Load();
        var other = TestRulesets.Load();

        var act = () => library.ApplyDrafts(other.Get("v2"), []);

        act.Should().Throw<ArgumentException>().WithParameterName("version")
            .Which.Message.Should().StartWith("Drafts apply over a named version of this library (test), not over a version of another library: 'v2'");
    }

    [Test]
    public void ApplyDrafts_OverADraft_IsRefused()
    {
        var library = TestRulesets.Load();
        var drafted = library.ApplyDrafts(library.Get("v2"), []);

        var act = () => library.ApplyDrafts(drafted, []);

        act.Should().Throw<ArgumentException>().WithParameterName("version").WithMessage("*not over a draft*");
    }
}
