using NUnit.Framework;
using SecRules.Testing;

namespace SecRules.Analyst.Sample.Tests;

/// <summary>Every scenario file under scenarios/: one test case per scenario and version its expectations name.</summary>
[TestFixture]
public class CompanyScenarios() : ScenarioFixture("scenarios");
