using SecRules.Testing;

namespace SecRules.Scenarios.Tests.Library;

/// <summary>The scenario library under scenarios/, run as an analyst's project runs its own.</summary>
[TestFixture]
public class ShippedScenarios() : ScenarioFixture("scenarios");
