using SecRules.Testing;

namespace SecRules.Scenarios.Tests.Library;

/// <summary>The examples under examples/, whose expectations the README's commands show.</summary>
[TestFixture]
public class ShippedExamples() : ScenarioFixture("examples");
