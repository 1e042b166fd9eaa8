using SecRules.Facts;
using SecRules.Scenarios;

namespace SecRules.Benchmarks;

/// <summary>
/// The facts one evaluation is measured on (<see cref="EvaluateBenchmarks"/>) and checked on
/// (<see cref="FindingsCheck"/>): the seed document's scenario, and a User with a given number of
/// User Systems, each after the first notified to the SSC.
/// </summary>
internal static class EvaluationInputs
{
    /// <summary>The evaluation date of the scaled scenario.</summary>
    public static readonly DateOnly ScaledDate = new(2026, 6, 30);

    /// <summary>The User System counts the scaled scenario is measured with.</summary>
    public static readonly int[] ScaledUserSystemCounts = [2, 10, 50];

    // The seed document's own case, with the facts of examples/seed-second-user-system-from-srp.yaml
    // (its description and expectations left out); held here so that the benchmark does not depend
    // on the folder it runs from. The check confirms the two give the same findings (SeedFile).
    private const string SeedText = """
        scenario: Seed case, a second User System from a Shared Resource Provider without notice
        evaluation-date: 2019-06-30
        parties:
          - { id: P1, name: Example Energy, category: small-supplier, roles: [import-supplier, gas-supplier], domestic-premises: 120000, non-domestic-premises: 0, user-entry-completed: 2017-06-01 }
        shared-resource-providers:
          - { id: SRP1, name: Shared Platform Ltd }
        user-systems:
          - { id: S1, owner: P1, provider: in-house, first-employed: 2017-06-01 }
          - { id: S2, owner: P1, provider: SRP1, first-employed: 2019-05-01 }
        assessments:
          - { id: A1, subject: P1, kind: full, initial: true, fieldwork: 2017-03-10, report-issued: 2017-03-31, response-due: 2017-04-28, response-submitted: 2017-04-20, assurance-status: Approved, status-assigned: 2017-05-12 }
          - { id: A3, subject: P1, kind: verification, fieldwork: 2018-10-01, report-issued: 2018-10-20, response-due: 2018-11-20, response-submitted: 2018-11-12 }
          - { id: A2, subject: SRP1, kind: full, fieldwork: 2019-01-10, report-issued: 2019-01-20, response-due: 2019-02-20, response-submitted: 2019-02-15 }
        """;

    /// <summary>The example the seed scenario is copied from, relative to the repository root.</summary>
    public const string SeedFile = "examples/seed-second-user-system-from-srp.yaml";

    /// <summary>Reads the seed document's scenario.</summary>
    /// <returns>The scenario, with its facts and evaluation date.</returns>
    public static Scenario Seed() => ScenarioReader.Read("seed.yaml", SeedText);

    /// <summary>Builds a User employing the given number of User Systems, every one after the first notified to the SSC.</summary>
    /// <param name="userSystems">How many User Systems the User employs.</param>
    /// <returns>The facts, to evaluate at <see cref="ScaledDate"/>.</returns>
    public static FactSet ScaledUserSystems(int userSystems)
    {
        var first = new DateOnly(2017, 6, 1);
        return new FactSet
        {
            Parties = [new Party { Id = "P1", Name = "Example Energy", Category = PartyCategory.LargeSupplier, UserEntryCompleted = first }],
            UserSystems = [.. Enumerable.Range(1, userSystems).Select(index => new UserSystem
            {
                Id = $"S{index}",
                Owner = "P1",
                FirstEmployed = new FactTime(first.AddMonths(index * 2)),
            })],
            SscNotifications = [.. Enumerable.Range(2, userSystems - 1).Select(index => new SscNotification
            {
                Id = $"N{index}",
                Party = "P1",
                UserSystem = $"S{index}",
                Sent = new FactTime(first.AddMonths(index * 2).AddDays(-20)),
            })],
        };
    }
}
