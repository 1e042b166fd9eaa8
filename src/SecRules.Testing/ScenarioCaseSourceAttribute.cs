using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace SecRules.Testing;

/// <summary>
/// Builds the test cases of <see cref="ScenarioFixture.Scenario"/> from the folder of the fixture
/// being built. NUnit's own case sources are static and so cannot see which derived fixture asks;
/// a test builder is handed the fixture and can.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
internal sealed class ScenarioCaseSourceAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    private readonly NUnitTestCaseBuilder _builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        ScenarioFixture fixture;
        try
        {
            var type = suite?.TypeInfo?.Type ?? throw new InvalidOperationException("A scenario fixture is built without its type.");
            fixture = (ScenarioFixture)Activator.CreateInstance(type, suite.Arguments)!;
        }
        catch (Exception exception) when (exception is MissingMethodException or System.Reflection.TargetInvocationException or InvalidOperationException)
        {
            var parameters = new TestCaseParameters(exception.InnerException ?? exception);
            return [_builder.BuildTestMethod(method, suite, parameters)];
        }

        return ScenarioCases.Cases(fixture.Folder, fixture.Engine)
            .Select(scenario => _builder.BuildTestMethod(method, suite, new TestCaseParameters([scenario]) { TestName = scenario.Name }))
            .ToList();
    }
}
